import type { SnapshotBlock } from '@mewayz/contracts';
import type { BlockContext } from './block-context.ts';
import { CollectionBlock } from './collection-block.tsx';
import { ContactButtons } from './contact-buttons.tsx';
import { CourseBlock } from './course-block.tsx';
import { EmailSignup } from './email-signup.tsx';
import { EmbedBlock } from './embed-block.tsx';
import { HeaderBlock } from './header-block.tsx';
import { ImageBlock } from './image-block.tsx';
import { DividerBlock, SpacerBlock } from './layout-blocks.tsx';
import { LinkButton } from './link-button.tsx';
import { ProductBlock } from './product-block.tsx';
import { SocialIcons } from './social-icons.tsx';
import { TextBlock } from './text-block.tsx';

/** One block of any kind; an unknown kind (a newer snapshot format) renders nothing. */
export function BlockView({ block, ctx }: { block: SnapshotBlock; ctx: BlockContext }) {
  switch (block.type) {
    case 'link':
      return <LinkButton block={block} ctx={ctx} />;
    case 'header':
      return <HeaderBlock block={block} ctx={ctx} />;
    case 'text':
      return <TextBlock block={block} ctx={ctx} />;
    case 'social':
      return <SocialIcons block={block} ctx={ctx} />;
    case 'image':
      return <ImageBlock block={block} ctx={ctx} />;
    case 'embed':
      return <EmbedBlock block={block} ctx={ctx} />;
    case 'email_signup':
      return <EmailSignup block={block} ctx={ctx} />;
    case 'contact':
      return <ContactButtons block={block} ctx={ctx} />;
    case 'divider':
      return <DividerBlock block={block} ctx={ctx} />;
    case 'spacer':
      return <SpacerBlock block={block} ctx={ctx} />;
    case 'product':
      return <ProductBlock block={block} ctx={ctx} />;
    case 'collection':
      return <CollectionBlock block={block} ctx={ctx} />;
    case 'course':
      return <CourseBlock block={block} ctx={ctx} />;
    default:
      return null;
  }
}
