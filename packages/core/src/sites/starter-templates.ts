import type {
  createBlockInput,
  createSectionInput,
  NavPlacement,
  SiteTemplate,
  Theme,
} from '@mewayz/contracts';
import type { z } from 'zod';

/** As written here: the schemas' defaults (`active`, `variant`, …) fill in the rest. */
type CreateBlockInput = z.input<typeof createBlockInput>;
type CreateSectionInput = z.input<typeof createSectionInput>;

/** A page a starter template adds, with its sections in order. */
export interface TemplatePage {
  slug: string;
  title: string;
  nav: NavPlacement;
  description: string;
  sections: CreateSectionInput[];
}

/** What a new site starts with when created from a template: all of it a draft until published. */
export interface StarterTemplate {
  theme: Partial<Theme>;
  bio: string;
  blocks: CreateBlockInput[];
  pages: TemplatePage[];
}

/*
 * Placeholder text a creator replaces; buttons between pages are site paths (`/get-in-touch`), so they keep
 * working on a custom domain, and the bio page reaches the pages through the site's menus. No images: a template must score 100 in Lighthouse before the creator
 * adds any, and a placeholder picture would be the first thing they'd have to delete.
 */

const link = (title: string, url: string): CreateBlockInput => ({ type: 'link', data: { title, url } });
const contactForm = (heading: string, text: string): CreateSectionInput => ({
  kind: 'contact_form',
  variant: 'stacked',
  data: { heading, text, buttonLabel: 'Send', successMessage: 'Thanks! I’ll get back to you soon.' },
});

const creator: StarterTemplate = {
  theme: { preset: 'sunset', buttonShape: 'pill', font: 'system-rounded' },
  bio: 'I make videos, music and things on the internet. Start here.',
  blocks: [
    link('My latest video', 'https://example.com/latest'),
    // The signup's title is a third-level heading: a header block before it keeps the outline in order.
    { type: 'header', data: { text: 'Stay in touch' } },
    {
      type: 'email_signup',
      data: {
        title: 'Get my weekly letter',
        buttonLabel: 'Subscribe',
        successMessage: 'Thanks for subscribing!',
      },
    },
  ],
  pages: [
    {
      slug: 'about',
      title: 'About',
      nav: 'both',
      description: 'Who I am and what I make.',
      sections: [
        {
          kind: 'hero',
          variant: 'centered',
          data: {
            heading: 'Hi, I’m glad you’re here',
            text: 'A short story of who you are and why people follow you.',
          },
        },
        {
          kind: 'rich_text',
          variant: 'narrow',
          data: {
            markdown:
              'Tell your story in a few paragraphs: where you started, what you make today and what you care about.\n\n- What you post and where\n- What your audience gets from you\n- What’s next',
          },
        },
        {
          kind: 'stats',
          variant: 'row',
          data: {
            items: [
              { value: '50k', label: 'followers' },
              { value: '200', label: 'videos' },
              { value: '5 yrs', label: 'creating' },
            ],
          },
        },
      ],
    },
    {
      slug: 'work-with-me',
      title: 'Work with me',
      nav: 'header',
      description: 'Brand partnerships and collaborations.',
      sections: [
        {
          kind: 'hero',
          variant: 'split',
          data: {
            heading: 'Let’s make something together',
            text: 'Sponsored videos, long-term partnerships and live appearances.',
            primary: { label: 'Get in touch', url: '/get-in-touch' },
          },
        },
        {
          kind: 'features',
          variant: 'grid',
          data: {
            heading: 'Ways to work together',
            items: [
              { title: 'Sponsored video', text: 'A dedicated video or an integrated mention.' },
              { title: 'Social series', text: 'Short posts across my channels over a month.' },
              { title: 'Live events', text: 'Talks, panels and meet-ups.' },
            ],
          },
        },
        {
          kind: 'testimonials',
          variant: 'cards',
          data: {
            heading: 'Brands I’ve worked with',
            items: [
              {
                quote: 'Our best-performing campaign this year.',
                name: 'Sam Lee',
                role: 'Marketing lead, Example Co.',
              },
            ],
          },
        },
      ],
    },
    {
      slug: 'get-in-touch',
      title: 'Contact',
      nav: 'footer',
      description: 'Send me a message.',
      sections: [contactForm('Say hello', 'Questions, ideas or press: write me a note.')],
    },
  ],
};

const coach: StarterTemplate = {
  theme: { preset: 'forest', buttonShape: 'rounded', font: 'system-serif' },
  bio: 'Coaching for people who want to change careers with confidence.',
  blocks: [link('Free guide: five questions before you change careers', 'https://example.com/guide')],
  pages: [
    {
      slug: 'programs',
      title: 'Programs',
      nav: 'both',
      description: 'Coaching programs and prices.',
      sections: [
        {
          kind: 'hero',
          variant: 'centered',
          data: {
            heading: 'Find work that fits you',
            text: 'One-to-one coaching in three clear steps.',
            primary: { label: 'Book a free call', url: '/get-in-touch' },
          },
        },
        {
          kind: 'pricing',
          variant: 'cards',
          data: {
            heading: 'Programs',
            items: [
              {
                name: 'Single session',
                amount: 9000,
                currency: 'USD',
                period: 'once',
                features: ['60 minutes', 'Written summary'],
                featured: false,
              },
              {
                name: 'Career change',
                amount: 24000,
                currency: 'USD',
                period: 'month',
                features: ['Weekly sessions', 'CV and LinkedIn review', 'Chat support'],
                featured: true,
                button: { label: 'Start now', url: '/get-in-touch' },
              },
            ],
          },
        },
        {
          kind: 'testimonials',
          variant: 'quote',
          data: {
            heading: 'Client stories',
            items: [
              {
                quote: 'I changed careers in four months and I have never been happier.',
                name: 'Jordan P.',
                role: 'Product designer',
              },
            ],
          },
        },
      ],
    },
    {
      slug: 'faq',
      title: 'FAQ',
      nav: 'header',
      description: 'Answers to common questions.',
      sections: [
        {
          kind: 'faq',
          variant: 'list',
          data: {
            heading: 'Questions',
            items: [
              {
                question: 'How do sessions work?',
                answer: 'We meet by video call; you get notes after each session.',
              },
              {
                question: 'Can I cancel?',
                answer: 'Yes, monthly programs can be cancelled any time before the next month.',
              },
              {
                question: 'Is the first call free?',
                answer: 'Yes: 20 minutes to see whether we are a good fit.',
              },
            ],
          },
        },
      ],
    },
    {
      slug: 'get-in-touch',
      title: 'Contact',
      nav: 'footer',
      description: 'Book a free intro call.',
      sections: [contactForm('Book a free intro call', 'Tell me where you are and where you want to go.')],
    },
  ],
};

const shop: StarterTemplate = {
  theme: { preset: 'paper', buttonShape: 'square', font: 'system-sans' },
  bio: 'Small-batch goods, made by hand and shipped with care.',
  blocks: [{ type: 'collection', data: { layout: 'grid', limit: 6 } }],
  pages: [
    {
      slug: 'about',
      title: 'Our story',
      nav: 'both',
      description: 'Who makes what we sell.',
      sections: [
        {
          kind: 'hero',
          variant: 'banner',
          data: {
            heading: 'Made by hand, in small batches',
            text: 'Every piece is made in our studio.',
            primary: { label: 'Visit the shop', url: '/store' },
          },
        },
        // The shop's newest pieces; nothing until the creator adds products.
        { kind: 'products', variant: 'grid', data: { heading: 'New in the shop', limit: 3 } },
        {
          kind: 'features',
          variant: 'grid',
          data: {
            heading: 'Why people shop with us',
            items: [
              { title: 'Made to last', text: 'Materials we would use ourselves.' },
              { title: 'Fair prices', text: 'No middlemen between you and the maker.' },
              { title: 'Plastic-free', text: 'Every parcel is packed in paper.' },
            ],
          },
        },
      ],
    },
    {
      slug: 'shipping',
      title: 'Shipping and returns',
      nav: 'footer',
      description: 'Delivery times, costs and returns.',
      sections: [
        {
          kind: 'faq',
          variant: 'list',
          data: {
            heading: 'Shipping and returns',
            items: [
              { question: 'When will my order ship?', answer: 'Within three working days.' },
              {
                question: 'Can I return an item?',
                answer: 'Yes, within 30 days of delivery, unused and in its packaging.',
              },
              {
                question: 'Do you ship abroad?',
                answer: 'Yes: the shipping price for your country is shown at checkout.',
              },
            ],
          },
        },
      ],
    },
    {
      slug: 'get-in-touch',
      title: 'Contact',
      nav: 'footer',
      description: 'Questions about an order.',
      sections: [
        contactForm('Questions about an order?', 'Include your order number and we will reply within a day.'),
      ],
    },
  ],
};

const podcast: StarterTemplate = {
  theme: { preset: 'midnight', buttonShape: 'pill', font: 'system-sans' },
  bio: 'A weekly conversation about how things get made. New episodes every Tuesday.',
  blocks: [
    link('Listen on Apple Podcasts', 'https://podcasts.example.com/show'),
    link('Listen on Spotify', 'https://spotify.example.com/show'),
  ],
  pages: [
    {
      slug: 'episodes',
      title: 'Episodes',
      nav: 'both',
      description: 'Recent episodes of the show.',
      sections: [
        {
          kind: 'hero',
          variant: 'centered',
          data: {
            heading: 'Every episode, in one place',
            text: 'Pick one to start with: each stands on its own.',
          },
        },
        {
          kind: 'features',
          variant: 'list',
          data: {
            heading: 'Recent episodes',
            items: [
              { title: 'Ep. 3 — Starting small', text: 'Why the best projects begin as side projects.' },
              { title: 'Ep. 2 — Tools of the trade', text: 'What our guests actually use every day.' },
              { title: 'Ep. 1 — Hello', text: 'Who we are and what this show is about.' },
            ],
          },
        },
      ],
    },
    {
      slug: 'hosts',
      title: 'Hosts',
      nav: 'header',
      description: 'The people behind the show.',
      sections: [
        {
          kind: 'team',
          variant: 'grid',
          data: {
            heading: 'Your hosts',
            items: [
              { name: 'Robin', role: 'Host', bio: 'Asks the questions.' },
              { name: 'Kai', role: 'Co-host and producer', bio: 'Makes it sound good.' },
            ],
          },
        },
      ],
    },
    {
      slug: 'sponsor',
      title: 'Sponsor',
      nav: 'footer',
      description: 'Reach our listeners.',
      sections: [
        {
          kind: 'stats',
          variant: 'cards',
          data: {
            heading: 'Our audience',
            items: [
              { value: '25k', label: 'downloads per episode' },
              { value: '70%', label: 'listen to the end' },
            ],
          },
        },
        contactForm('Sponsor an episode', 'Tell us about your brand and the dates you have in mind.'),
      ],
    },
  ],
};

const agency: StarterTemplate = {
  theme: { preset: 'mono', buttonShape: 'square', font: 'system-sans' },
  bio: 'A small studio for brands, websites and campaigns.',
  blocks: [link('Read our latest case study', 'https://example.com/case-study')],
  pages: [
    {
      slug: 'services',
      title: 'Services',
      nav: 'both',
      description: 'What we do.',
      sections: [
        {
          kind: 'hero',
          variant: 'split',
          data: {
            heading: 'Brands people remember',
            text: 'Strategy, identity and websites from one small team.',
            primary: { label: 'Start a project', url: '/get-in-touch' },
          },
        },
        {
          kind: 'features',
          variant: 'grid',
          data: {
            heading: 'Services',
            items: [
              { title: 'Brand identity', text: 'Names, logos and the system around them.' },
              { title: 'Websites', text: 'Fast sites your team can edit.' },
              { title: 'Campaigns', text: 'Launches across social, email and print.' },
            ],
          },
        },
        {
          kind: 'cta',
          variant: 'banner',
          data: {
            heading: 'Have a project in mind?',
            text: 'We reply within two working days.',
            button: { label: 'Tell us about it', url: '/get-in-touch' },
          },
        },
      ],
    },
    {
      slug: 'work',
      title: 'Work',
      nav: 'header',
      description: 'Selected projects.',
      sections: [
        {
          kind: 'stats',
          variant: 'row',
          data: {
            items: [
              { value: '120', label: 'projects' },
              { value: '12', label: 'years' },
              { value: '9', label: 'people' },
            ],
          },
        },
        {
          kind: 'testimonials',
          variant: 'cards',
          data: {
            heading: 'What clients say',
            items: [
              {
                quote: 'They understood our brand better than we did.',
                name: 'Alex M.',
                role: 'Founder, Example Studio',
              },
            ],
          },
        },
      ],
    },
    {
      slug: 'get-in-touch',
      title: 'Contact',
      nav: 'both',
      description: 'Start a project.',
      sections: [
        contactForm(
          'Start a project',
          'A few lines about your goals, timing and budget help us reply faster.',
        ),
      ],
    },
  ],
};

export const starterTemplates: Record<SiteTemplate, StarterTemplate> = {
  creator,
  coach,
  shop,
  podcast,
  agency,
};
