import { type Actor, type CoreDeps, coursesService, type TenantScope } from '@mewayz/core';

interface DemoLesson {
  title: string;
  content: string;
  videoUrl?: string;
  durationMinutes: number;
  freePreview?: boolean;
  dripDays?: number;
}

const demoCourses: {
  slug: string;
  title: string;
  /** Demo artwork the site hosts serve (`packages/render/src/demo-media.ts`). */
  thumbnailKey: string;
  description: string;
  level: 'beginner' | 'intermediate';
  category: string;
  price: number;
  modules: { title: string; lessons: DemoLesson[] }[];
  students: string[];
}[] = [
  {
    slug: 'wheel-throwing-basics',
    title: 'Wheel throwing basics',
    thumbnailKey: 'demo/course-wheel.svg',
    description:
      'A free starter course: from a lump of clay to your **first bowl**, in six short lessons.\n\n- Wedging and centering\n- Opening and pulling walls\n- Trimming',
    level: 'beginner',
    category: 'Ceramics',
    price: 0,
    modules: [
      {
        title: 'Getting ready',
        lessons: [
          {
            title: 'Welcome to the studio',
            content: 'What you need: clay, a wheel, a sponge and **patience**.',
            videoUrl: 'https://youtu.be/dQw4w9WgXcQ',
            durationMinutes: 4,
            freePreview: true,
          },
          {
            title: 'Wedging clay',
            content: 'Knead the air out: *ram’s head* or *spiral*.',
            durationMinutes: 8,
          },
        ],
      },
      {
        title: 'On the wheel',
        lessons: [
          {
            title: 'Centering',
            content: 'Brace your elbows, let the wheel do the work.',
            durationMinutes: 12,
          },
          {
            title: 'Opening and pulling',
            content: 'Open to a flat floor, then three pulls.',
            durationMinutes: 15,
          },
          { title: 'Trimming', content: 'Leather-hard is the moment.', durationMinutes: 10, dripDays: 3 },
        ],
      },
    ],
    students: ['maya.costa0@example.com', 'leo.silva1@example.com', 'ines.berg2@example.com'],
  },
  {
    slug: 'glaze-chemistry-masterclass',
    title: 'Glaze chemistry masterclass',
    thumbnailKey: 'demo/course-glaze.svg',
    description:
      'Mix your own glazes with confidence: the **Unity Molecular Formula**, test tiles and firing schedules.',
    level: 'intermediate',
    category: 'Ceramics',
    price: 4900,
    modules: [
      {
        title: 'Foundations',
        lessons: [
          {
            title: 'Why mix your own glazes',
            content: 'Control, cost and *colour*.',
            durationMinutes: 6,
            freePreview: true,
          },
          {
            title: 'Fluxes, stabilisers, glass formers',
            content: 'The three roles in every glaze.',
            durationMinutes: 18,
          },
        ],
      },
      {
        title: 'In the studio',
        lessons: [
          { title: 'Test tiles', content: 'Line blends and triaxials.', durationMinutes: 20, dripDays: 7 },
          { title: 'Firing schedules', content: 'Slow cool for mattes.', durationMinutes: 14, dripDays: 14 },
        ],
      },
    ],
    students: ['tom.novak3@example.com'],
  },
];

/**
 * The demo tenant's courses: a free one and a paid one, each with two modules, a free preview and a
 * dripped lesson, published (so `alice` shows `/courses/<slug>`), and a few students enrolled by hand.
 * Idempotent: a course whose slug exists is kept as the creator left it.
 */
export async function seedDemoCourses(deps: CoreDeps, scope: TenantScope, actor: Actor) {
  const existing = new Set(
    (await coursesService.listCourses(deps, scope, { page: 1, perPage: 100 })).items.map((c) => c.slug),
  );
  let created = 0;
  for (const c of demoCourses) {
    if (existing.has(c.slug)) continue;
    const course = await coursesService.createCourse(deps, scope, actor, {
      title: c.title,
      slug: c.slug,
      description: c.description,
      thumbnailKey: c.thumbnailKey,
      level: c.level,
      category: c.category,
      price: c.price,
      currency: 'USD',
    });
    for (const m of c.modules) {
      const withModule = await coursesService.createModule(deps, scope, actor, course.id, { title: m.title });
      const moduleId = withModule.modules.at(-1)!.id;
      for (const l of m.lessons)
        await coursesService.createLesson(deps, scope, actor, course.id, { moduleId, ...l });
    }
    await coursesService.updateCourse(deps, scope, actor, course.id, { status: 'published' });
    for (const email of c.students)
      await coursesService.createEnrollment(deps, scope, actor, { courseId: course.id, email });
    created++;
  }
  return { created };
}
