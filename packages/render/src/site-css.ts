/**
 * Layout and block styles of a site page, written against the theme's custom properties (see themes.ts).
 * Mobile-first, one centred column; kept compact because it ships inline with every page.
 */
export const siteCss =
  '*,*::before,*::after{box-sizing:border-box}' +
  ':root{--ln:color-mix(in srgb,var(--tx) 16%,transparent)}' +
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}' +
  'body{margin:0;min-height:100vh;background:var(--bg) var(--bgi) no-repeat;color:var(--tx);font:17px/1.5 var(--f);overflow-wrap:anywhere}' +
  'main{max-width:680px;margin:0 auto;padding:48px 18px 24px}' +
  'a{color:inherit}' +
  ':focus-visible{outline:3px solid var(--ac);outline-offset:3px}' +
  '.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
  '.i{fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round;flex:none}' +
  '.i .f{fill:currentColor;stroke:none}' +
  '.pf{text-align:center;margin:0 0 28px}' +
  '.av{display:block;width:104px;height:104px;margin:0 auto 14px;border-radius:50%;object-fit:cover;background:var(--sf);box-shadow:0 0 0 4px var(--sf)}' +
  '.mg{display:grid;place-items:center;background:var(--ac);color:var(--oa);font-size:40px;font-weight:700}' +
  'h1{font-size:1.6rem;line-height:1.2;margin:0 0 6px;letter-spacing:-.01em}' +
  '.bio{margin:0 auto;max-width:34em;color:var(--mu);white-space:pre-line}' +
  '.bs{display:flex;flex-direction:column;gap:14px}' +
  'h2{font-size:1.1rem;margin:14px 0 0;text-align:center;letter-spacing:.01em}' +
  '.btn{display:grid;grid-template-columns:44px 1fr 44px;align-items:center;gap:8px;min-height:58px;padding:7px;background:var(--bb);color:var(--bt);border:2px solid var(--bd);border-radius:var(--r);text-decoration:none;font-weight:600;text-align:center;line-height:1.3;transition:transform .15s,box-shadow .15s}' +
  '.btn>span{grid-column:2}' +
  '.btn:hover{transform:translateY(-2px);box-shadow:0 6px 18px rgb(0 0 0/.12)}' +
  '.btn img{width:44px;height:44px;border-radius:min(var(--r),22px);object-fit:cover}' +
  '.ft{background:var(--ac);color:var(--oa);border-color:var(--ac);min-height:66px;font-size:1.05rem;box-shadow:0 8px 24px -8px var(--ac)}' +
  '.tag{display:inline-block;margin-left:6px;padding:0 6px;border:1px solid currentColor;border-radius:6px;font-size:.7rem;vertical-align:middle}' +
  '.tx{text-align:center}.tx p{margin:0 0 .6em}.tx>:last-child{margin-bottom:0}' +
  '.tx ul,.tx ol{display:table;text-align:left;margin:0 auto .6em;padding-left:1.3em}' +
  '.tx a{color:var(--ac);text-underline-offset:2px}' +
  '.tx code{font-family:ui-monospace,monospace;font-size:.9em}' +
  '.soc{display:flex;flex-wrap:wrap;justify-content:center;gap:6px}' +
  '.soc a{display:grid;place-items:center;width:48px;height:48px;border-radius:50%;color:var(--tx)}' +
  '.soc a:hover{background:var(--sf)}' +
  '.im{display:block;margin:0;text-align:center}' +
  '.im img{display:block;max-width:100%;height:auto;margin:0 auto;border-radius:var(--rc)}' +
  '.card{display:flex;align-items:center;gap:14px;min-height:72px;padding:12px 16px;background:var(--sf);color:var(--tx);border:2px solid var(--ln);border-radius:var(--rc);text-decoration:none}' +
  '.card b{display:block;line-height:1.3}.card small{color:var(--mu)}' +
  '.play{display:grid;place-items:center;width:46px;height:46px;border-radius:50%;background:var(--ac);color:var(--oa);flex:none}' +
  '.vid iframe{display:block;width:100%;height:auto;aspect-ratio:16/9;border:0;border-radius:var(--rc);background:#000}' +
  '.aud iframe{display:block;width:100%;border:0;border-radius:12px}' +
  '.sub{padding:18px;background:var(--sf);border:2px solid var(--ln);border-radius:var(--rc);text-align:center}' +
  '.sub h3{font-size:1.05rem;margin:0 0 12px}.sub p{margin:0}' +
  '.sub form{display:flex;flex-wrap:wrap;gap:8px}' +
  '.sub input[type=email]{flex:1 1 200px;min-height:50px;padding:0 14px;font:inherit;color:var(--tx);background:var(--bg);border:2px solid var(--ln);border-radius:var(--r)}' +
  'button,.sub button{min-height:50px;padding:0 20px;font:inherit;font-weight:600;color:var(--oa);background:var(--ac);border:0;border-radius:var(--r);cursor:pointer;flex:1 0 auto}' +
  '.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}' +
  '.ct{display:flex;flex-wrap:wrap;gap:10px}' +
  '.ct .btn{flex:1 1 140px;display:flex;justify-content:center;gap:10px;min-height:54px}' +
  'hr{width:40%;margin:10px auto;border:0;border-top:2px solid var(--ln)}' +
  '.sp-sm{height:8px}.sp-md{height:24px}.sp-lg{height:48px}' +
  '.gate{min-height:80vh;display:flex;flex-direction:column;justify-content:center;text-align:center;gap:16px}' +
  '.gate p{margin:0;color:var(--mu)}.gate form{display:flex}' +
  'footer{margin:40px 0 8px;text-align:center;font-size:.8rem;color:var(--mu)}' +
  '@media (prefers-reduced-motion:reduce){.btn{transition:none}.btn:hover{transform:none}}';
