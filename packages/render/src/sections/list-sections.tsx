import { formatMoney } from '@mewayz/contracts';
import { monogram } from '../favicon.ts';
import { fluidSrcset } from '../responsive-image.ts';
import { imageUrlOrNull, linkOrNull } from '../safe-values.ts';
import { Markdown } from './content-sections.tsx';
import { SectionButton } from './section-button.tsx';
import type { SectionProps } from './section-context.ts';
import { SectionShell } from './section-shell.tsx';

/** Images in a grid or a scrolling strip; lazy, with explicit sizes so nothing shifts. */
export function GallerySection({ section, ctx }: SectionProps<'gallery'>) {
  return (
    <SectionShell id={section.id} kind="gallery" variant={section.variant} heading={section.data.heading}>
      <ul class="gl">
        {section.data.items.map((item) => {
          const src = imageUrlOrNull(item.url, ctx.origin);
          return src ? (
            <li>
              <figure>
                <img
                  src={src}
                  {...fluidSrcset(src, 444, '(max-width: 480px) calc(100vw - 36px), 340px')}
                  alt={item.alt}
                  width={400}
                  height={300}
                  loading="lazy"
                />
                {item.caption ? <figcaption>{item.caption}</figcaption> : null}
              </figure>
            </li>
          ) : null;
        })}
      </ul>
    </SectionShell>
  );
}

export function FeaturesSection({ section }: SectionProps<'features'>) {
  return (
    <SectionShell id={section.id} kind="features" variant={section.variant} heading={section.data.heading}>
      <ul class="gr">
        {section.data.items.map((item) => (
          <li class="cd">
            <h3>{item.title}</h3>
            {item.text ? <p>{item.text}</p> : null}
          </li>
        ))}
      </ul>
    </SectionShell>
  );
}

export function TestimonialsSection({ section, ctx }: SectionProps<'testimonials'>) {
  return (
    <SectionShell
      id={section.id}
      kind="testimonials"
      variant={section.variant}
      heading={section.data.heading}
    >
      <ul class="gr">
        {section.data.items.map((item) => {
          const avatar = item.avatarUrl ? imageUrlOrNull(item.avatarUrl, ctx.origin) : null;
          return (
            <li class="cd">
              <figure>
                <blockquote>{item.quote}</blockquote>
                <figcaption>
                  {avatar ? <img src={avatar} alt="" width={40} height={40} loading="lazy" /> : null}
                  <span>
                    <b>{item.name}</b>
                    {item.role ? <small>{item.role}</small> : null}
                  </span>
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </SectionShell>
  );
}

const periods = { once: '', month: ' / month', year: ' / year' } as const;

/** Plans side by side (`cards`) or one under another (`table`); prices are minor units with a currency. */
export function PricingSection({ section }: SectionProps<'pricing'>) {
  return (
    <SectionShell id={section.id} kind="pricing" variant={section.variant} heading={section.data.heading}>
      <ul class="gr">
        {section.data.items.map((plan) => (
          <li class={plan.featured ? 'cd pf2' : 'cd'}>
            <h3>{plan.name}</h3>
            <p class="pr">
              <b>{formatMoney(plan.amount, plan.currency)}</b>
              {periods[plan.period] ?? ''}
            </p>
            {plan.features.length ? (
              <ul class="fl">
                {plan.features.map((f) => (
                  <li>{f}</li>
                ))}
              </ul>
            ) : null}
            <SectionButton button={plan.button} />
          </li>
        ))}
      </ul>
    </SectionShell>
  );
}

/** Questions as native disclosures: keyboard and screen-reader friendly with no script. */
export function FaqSection({ section }: SectionProps<'faq'>) {
  return (
    <SectionShell id={section.id} kind="faq" variant={section.variant} heading={section.data.heading}>
      <div class="fq">
        {section.data.items.map((item) => (
          <details>
            <summary>{item.question}</summary>
            <Markdown source={item.answer} />
          </details>
        ))}
      </div>
    </SectionShell>
  );
}

export function LogoCloudSection({ section, ctx }: SectionProps<'logo_cloud'>) {
  return (
    <SectionShell id={section.id} kind="logo_cloud" variant={section.variant} heading={section.data.heading}>
      <ul class="lc">
        {section.data.items.map((logo) => {
          const src = imageUrlOrNull(logo.url, ctx.origin);
          if (!src) return null;
          const img = <img src={src} alt={logo.alt} width={120} height={48} loading="lazy" />;
          const href = logo.href ? linkOrNull(logo.href) : null;
          return (
            <li>
              {href ? (
                <a href={href} rel="nofollow ugc noopener">
                  {img}
                </a>
              ) : (
                img
              )}
            </li>
          );
        })}
      </ul>
    </SectionShell>
  );
}

export function StatsSection({ section }: SectionProps<'stats'>) {
  return (
    <SectionShell id={section.id} kind="stats" variant={section.variant} heading={section.data.heading}>
      <dl class="st">
        {section.data.items.map((item) => (
          <div>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </SectionShell>
  );
}

export function TeamSection({ section, ctx }: SectionProps<'team'>) {
  return (
    <SectionShell id={section.id} kind="team" variant={section.variant} heading={section.data.heading}>
      <ul class="gr">
        {section.data.items.map((person) => {
          const photo = person.photoUrl ? imageUrlOrNull(person.photoUrl, ctx.origin) : null;
          return (
            <li class="cd tm">
              {photo ? (
                <img src={photo} alt="" width={96} height={96} loading="lazy" />
              ) : (
                <span class="mg" aria-hidden="true">
                  {monogram(person.name)}
                </span>
              )}
              <h3>{person.name}</h3>
              {person.role ? <p class="mu">{person.role}</p> : null}
              {person.bio ? <p>{person.bio}</p> : null}
            </li>
          );
        })}
      </ul>
    </SectionShell>
  );
}
