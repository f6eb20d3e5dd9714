import type { SiteSnapshot, SnapshotSection } from '@mewayz/contracts';
import { CoursesSection, ProductsSection } from './catalog-sections.tsx';
import { CtaSection, HeroSection, ImageTextSection, RichTextSection } from './content-sections.tsx';
import { BioSection, ContactFormSection, EmbedSection } from './form-sections.tsx';
import {
  FaqSection,
  FeaturesSection,
  GallerySection,
  LogoCloudSection,
  PricingSection,
  StatsSection,
  TeamSection,
  TestimonialsSection,
} from './list-sections.tsx';
import type { SectionContext } from './section-context.ts';

/** One section of any kind; an unknown kind (a newer snapshot format) renders nothing. */
export function SectionView(props: {
  section: SnapshotSection;
  ctx: SectionContext;
  snapshot: SiteSnapshot;
  now: Date;
}) {
  const { section, ctx } = props;
  switch (section.kind) {
    case 'hero':
      return <HeroSection section={section} ctx={ctx} />;
    case 'rich_text':
      return <RichTextSection section={section} ctx={ctx} />;
    case 'image_text':
      return <ImageTextSection section={section} ctx={ctx} />;
    case 'gallery':
      return <GallerySection section={section} ctx={ctx} />;
    case 'features':
      return <FeaturesSection section={section} ctx={ctx} />;
    case 'testimonials':
      return <TestimonialsSection section={section} ctx={ctx} />;
    case 'pricing':
      return <PricingSection section={section} ctx={ctx} />;
    case 'faq':
      return <FaqSection section={section} ctx={ctx} />;
    case 'cta':
      return <CtaSection section={section} ctx={ctx} />;
    case 'contact_form':
      return <ContactFormSection section={section} ctx={ctx} />;
    case 'logo_cloud':
      return <LogoCloudSection section={section} ctx={ctx} />;
    case 'stats':
      return <StatsSection section={section} ctx={ctx} />;
    case 'team':
      return <TeamSection section={section} ctx={ctx} />;
    case 'embed':
      return <EmbedSection section={section} ctx={ctx} />;
    case 'products':
      return <ProductsSection section={section} ctx={ctx} />;
    case 'courses':
      return <CoursesSection section={section} ctx={ctx} />;
    case 'bio':
      return <BioSection section={section} ctx={ctx} snapshot={props.snapshot} now={props.now} />;
    default:
      return null;
  }
}
