import { describe, expect, test } from 'vitest';
import { embedTarget } from '../src/index.ts';

const url = (provider: Parameters<typeof embedTarget>[0], u: string) =>
  embedTarget(provider, u)?.embedUrl ?? null;

describe('YouTube', () => {
  test.each([
    ['https://www.youtube.com/watch?v=Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://youtube.com/watch?v=Xy7kQ2mN4pA&list=PL1&index=2', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://m.youtube.com/watch?v=Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://music.youtube.com/watch?v=Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://youtu.be/Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://youtu.be/Xy7kQ2mN4pA?t=90', 'Xy7kQ2mN4pA?autoplay=1&start=90'],
    ['https://www.youtube.com/watch?v=Xy7kQ2mN4pA&t=1m30s', 'Xy7kQ2mN4pA?autoplay=1&start=90'],
    ['https://www.youtube.com/shorts/Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://www.youtube.com/embed/Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://www.youtube.com/live/Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    ['https://www.youtube-nocookie.com/embed/Xy7kQ2mN4pA', 'Xy7kQ2mN4pA?autoplay=1'],
    [
      'https://www.youtube.com/playlist?list=PLabcdef1234567890',
      'videoseries?list=PLabcdef1234567890&autoplay=1',
    ],
  ])('%s', (input, path) => {
    expect(url('youtube', input)).toBe(`https://www.youtube-nocookie.com/embed/${path}`);
    expect(embedTarget('youtube', input)?.frameHost).toBe('https://www.youtube-nocookie.com');
    expect(embedTarget('youtube', input)?.layout).toBe('video');
  });

  test.each([
    'https://www.youtube.com/@alice',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=Xy7kQ2mN4pA"><script>',
    'https://youtu.be/',
    'https://evil.example.com/watch?v=Xy7kQ2mN4pA',
    'https://youtube.com.evil.example.com/watch?v=Xy7kQ2mN4pA',
    'https://www.youtube.com/playlist?list=bad"list',
    'javascript:alert(1)',
    'not a url',
  ])('rejects %s', (input) => {
    expect(embedTarget('youtube', input)).toBeNull();
  });
});

describe('Vimeo', () => {
  test.each([
    ['https://vimeo.com/76979871', '76979871?autoplay=1'],
    ['https://www.vimeo.com/76979871', '76979871?autoplay=1'],
    ['https://vimeo.com/76979871/8272103f6e', '76979871?autoplay=1&h=8272103f6e'],
    ['https://vimeo.com/channels/staffpicks/76979871', '76979871?autoplay=1'],
    ['https://vimeo.com/groups/shortfilms/videos/76979871', '76979871?autoplay=1'],
    ['https://player.vimeo.com/video/76979871', '76979871?autoplay=1'],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e', '76979871?autoplay=1&h=8272103f6e'],
  ])('%s', (input, path) => {
    expect(url('vimeo', input)).toBe(`https://player.vimeo.com/video/${path}`);
    expect(embedTarget('vimeo', input)?.frameHost).toBe('https://player.vimeo.com');
  });

  test.each([
    'https://vimeo.com/about',
    'https://vimeo.com/alice/likes',
    'https://player.vimeo.com/api',
    'https://notvimeo.com/123',
  ])('rejects %s', (input) => expect(embedTarget('vimeo', input)).toBeNull());
});

describe('Spotify', () => {
  test.each([
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', 'track/4uLU6hMCjMI75M1A2tKUQC', 152],
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=abc123', 'track/4uLU6hMCjMI75M1A2tKUQC', 152],
    ['https://open.spotify.com/intl-pt/track/4uLU6hMCjMI75M1A2tKUQC', 'track/4uLU6hMCjMI75M1A2tKUQC', 152],
    ['https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3', 'album/1DFixLWuPkv3KT3TnV35m3', 352],
    ['https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M', 'playlist/37i9dQZF1DXcBWIGoYBM5M', 352],
    ['https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5', 'episode/7makk4oTQel546B0PZlDM5', 152],
    ['https://open.spotify.com/show/2MAi0BvDc6GTFvKFPXnkCL', 'show/2MAi0BvDc6GTFvKFPXnkCL', 352],
    ['https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF', 'artist/0OdUWJ0sBjDrqHygGUXeCF', 352],
    ['https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC', 'track/4uLU6hMCjMI75M1A2tKUQC', 152],
  ])('%s', (input, path, height) => {
    const target = embedTarget('spotify', input);
    expect(target?.embedUrl).toBe(`https://open.spotify.com/embed/${path}`);
    expect(target).toMatchObject({ frameHost: 'https://open.spotify.com', layout: 'audio', height });
  });

  test.each([
    'https://open.spotify.com/user/alice',
    'https://open.spotify.com/track/short',
    'https://spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
    'https://open.spotify.com/',
  ])('rejects %s', (input) => expect(embedTarget('spotify', input)).toBeNull());
});

describe('SoundCloud', () => {
  test.each([
    ['https://soundcloud.com/alice-rivera/night-drive', 'alice-rivera/night-drive', 166],
    ['https://soundcloud.com/alice-rivera/night-drive?si=123&utm_source=x', 'alice-rivera/night-drive', 166],
    ['https://m.soundcloud.com/alice-rivera/night-drive', 'alice-rivera/night-drive', 166],
    [
      'https://www.soundcloud.com/alice-rivera/sets/night-drive-album',
      'alice-rivera/sets/night-drive-album',
      450,
    ],
  ])('%s', (input, path, height) => {
    const target = embedTarget('soundcloud', input);
    expect(target?.embedUrl).toBe(
      `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com/${path}`)}&auto_play=true&visual=false`,
    );
    expect(target).toMatchObject({ frameHost: 'https://w.soundcloud.com', layout: 'audio', height });
  });

  test.each([
    'https://soundcloud.com/alice-rivera',
    'https://soundcloud.com/discover/sets',
    'https://on.soundcloud.com/AbCdE',
    'https://soundcloud.com/alice/track/extra/segments',
    'https://soundcloud.com/ali%22ce/x',
  ])('rejects %s', (input) => expect(embedTarget('soundcloud', input)).toBeNull());
});

test('an unknown provider gives null', () => {
  expect(embedTarget('myspace' as never, 'https://myspace.example.com/x')).toBeNull();
});
