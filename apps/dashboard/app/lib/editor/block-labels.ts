export const blockLabels: Record<string, string> = {
  link: 'Link',
  header: 'Heading',
  text: 'Text',
  social: 'Social icons',
  image: 'Image',
  embed: 'Embed',
  email_signup: 'Email signup',
  contact: 'Contact buttons',
  divider: 'Divider',
  spacer: 'Spacer',
  product: 'Product',
  collection: 'Collection',
};
