/** The page's stylesheet, served at `/assets/app.css`: system font, light and dark themes, no framework. */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #ffffff; --text: #1c2330; --muted: #5d6878; --line: #dde1e7;
  --accent: #c8551b; --accent-text: #ffffff; --soft: #fbeee6; --error: #b42318; --banner: #fff4d6;
  --radius: 10px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 15px; line-height: 1.45; background: var(--bg); color: var(--text);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171c; --panel: #1d2128; --text: #e6e9ee; --muted: #9aa4b2; --line: #2e343e;
    --accent: #f08a4b; --accent-text: #14171c; --soft: #33261e; --error: #ff8a80; --banner: #3a3220;
  }
}
* { box-sizing: border-box; }
body { margin: 0; }
header.top { display: flex; align-items: baseline; gap: .75rem; padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--panel); }
header.top h1 { margin: 0; font-size: 1.35rem; letter-spacing: .01em; }
header.top h1 span { color: var(--accent); }
header.top .tagline { color: var(--muted); font-size: .9rem; }
.banner { background: var(--banner); padding: .6rem 1.5rem; border-bottom: 1px solid var(--line); font-size: .92rem; }
main { max-width: 1100px; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; display: grid; gap: 1.25rem; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; }
.panel h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
fieldset { border: 0; padding: 0; margin: 0 0 .75rem; }
legend { font-weight: 600; margin-bottom: .35rem; }
.libraries, .choices { display: flex; flex-wrap: wrap; gap: .4rem .9rem; }
label.library, .choices label { display: inline-flex; align-items: center; gap: .35rem; cursor: pointer; }
.hint, .muted { color: var(--muted); font-size: .88rem; }
.actions { display: flex; align-items: center; gap: .75rem; flex-wrap: wrap; }
button, .button { font: inherit; border-radius: 8px; border: 1px solid var(--line); background: var(--panel); color: var(--text); padding: .4rem .9rem; cursor: pointer; text-decoration: none; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); font-weight: 600; }
button:disabled { opacity: .55; cursor: default; }
button.ignore, button.unignore { font-size: .78rem; padding: .1rem .55rem; margin-left: auto; }
button.send { font-size: .78rem; padding: .1rem .55rem; margin-left: auto; }
button.send + button.ignore { margin-left: .3rem; }
body:not([data-send~="radarr"]) button.send[data-service="radarr"],
body:not([data-send~="sonarr"]) button.send[data-service="sonarr"] { display: none; }
.progress { display: flex; align-items: center; gap: .75rem; margin-top: .75rem; }
.progress progress { flex: 1 1 120px; max-width: 240px; height: .8rem; accent-color: var(--accent); }
#status { min-height: 1.3em; margin: .6rem 0 0; }
#status.error { color: var(--error); }
.toolbar { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
#filter { flex: 1 1 220px; max-width: 480px; }
input[type=search], input[type=password], input.url { font: inherit; padding: .45rem .7rem; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--text); min-width: 0; width: 100%; }
#key-input { flex: 1 1 200px; width: auto; }
.report header { display: flex; align-items: baseline; gap: .75rem; flex-wrap: wrap; margin-bottom: .5rem; }
.report header h2 { margin: 0; }
.report .exports { margin-left: auto; display: flex; gap: .5rem; }
.report .exports a { font-size: .85rem; padding: .2rem .7rem; }
.groups { display: grid; gap: .4rem; margin-top: .6rem; }
summary { cursor: pointer; list-style: none; }
summary::-webkit-details-marker { display: none; }
summary::before { content: "▸"; display: inline-block; width: 1em; color: var(--muted); transition: transform .12s; }
details[open] > summary::before { transform: rotate(90deg); }
details.group { border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
details.group > summary, details.season > summary { display: flex; align-items: center; gap: .5rem; padding: .45rem .75rem; }
details.group > summary::before, details.season > summary::before { width: .8em; margin-right: -.2rem; }
details.group > summary .name { font-weight: 600; }
.count { color: var(--muted); font-size: .88rem; }
.count b { color: var(--accent); }
.badge.new { color: var(--accent); border-color: currentColor; }
.badge { font-size: .7rem; text-transform: uppercase; letter-spacing: .04em; border: 1px solid var(--line); border-radius: 999px; padding: 0 .45rem; color: var(--muted); }
.seasons { padding: 0 .75rem .5rem 1.5rem; }
details.season > summary { padding: .25rem .25rem; }
ul.items { list-style: none; margin: 0; padding: 0 .75rem .5rem 1.75rem; }
details.season ul.items { padding-left: 1.25rem; }
li.item { display: flex; align-items: center; gap: .5rem; padding: .2rem 0; border-top: 1px dashed var(--line); }
li.item:first-child { border-top: 0; }
.code { font-variant-numeric: tabular-nums; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; color: var(--muted); }
details.notice { font-size: .88rem; margin: .25rem 0; }
details.notice ul { margin: .25rem 0; }
.empty { color: var(--muted); font-style: italic; }
#key-form { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.view-toggle { display: inline-flex; gap: .6rem; margin: 0; }
.view-toggle label { display: inline-flex; align-items: center; gap: .25rem; cursor: pointer; }
.note { margin: .25rem 0; min-height: 1.3em; font-size: .9rem; }
.note.error, #key-error { color: var(--error); }
#key-error:empty { display: none; }
.links { display: inline-flex; gap: .4rem; font-size: .78rem; }
a.ext { color: var(--muted); text-decoration: underline dotted; }
a.ext:hover { color: var(--accent); }
.acts { display: inline-flex; gap: .3rem; margin-left: auto; }
.acts button.send, .acts button.ignore { margin-left: 0; }
li.item .info { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: .1rem .45rem; min-width: 0; }
.poster { display: none; }
.owned { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .5rem; padding: 0 .75rem .4rem 1.75rem; font-size: .88rem; min-width: 0; }
.owned ul { display: contents; list-style: none; }
.owned li { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: .1rem .35rem; min-width: 0; overflow-wrap: anywhere; }
.owned a.plex { color: var(--accent); }
body[data-view="grid"] #movies-groups ul.items { display: grid; grid-template-columns: repeat(auto-fill, minmax(132px, 1fr)); gap: .75rem; padding: .25rem .75rem .75rem; }
body[data-view="grid"] #movies-groups li.item { flex-direction: column; flex-wrap: nowrap; align-items: stretch; border: 0; padding: 0; gap: .3rem; }
body[data-view="grid"] #movies-groups .poster { display: block; position: relative; width: 100%; aspect-ratio: 2 / 3; border-radius: 6px; overflow: hidden; background: linear-gradient(135deg, var(--line), var(--soft)); }
.poster .ph { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; padding: .6rem; text-align: center; font-weight: 600; color: var(--muted); overflow-wrap: break-word; hyphens: auto; }
body[data-view="grid"] #movies-groups .poster img { position: absolute; inset: 0; display: block; width: 100%; height: 100%; object-fit: cover; }
body[data-view="grid"] #movies-groups .info { flex-direction: column; gap: .1rem; }
body[data-view="grid"] #movies-groups .acts { margin-left: 0; flex-wrap: wrap; }
button.ignore-season { font-size: .78rem; padding: .1rem .55rem; margin-left: .3rem; }
details.season > summary button.send { margin-left: auto; }
details.season > summary button.send + button.ignore-season { margin-left: .3rem; }
details.season > summary :first-child.ignore-season, details.season > summary .count + button.ignore-season { margin-left: auto; }
details.group > summary { flex-wrap: wrap; }
#integrations summary { display: flex; align-items: baseline; gap: .6rem; flex-wrap: wrap; }
#integrations summary h2 { display: inline; margin: 0; }
#integrations h3 { font-size: .95rem; margin: 1rem 0 .3rem; }
.copy-row { display: flex; gap: .5rem; margin-top: .25rem; }
.copy-row input { flex: 1 1 auto; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .82rem; }
#setup-open { margin-left: auto; }
#setup .step { border-top: 1px solid var(--line); padding: .6rem 0; }
#setup h3 { font-size: .98rem; margin: .2rem 0 .45rem; }
#setup .state { font-weight: 400; font-size: .8rem; color: var(--muted); margin-left: .4rem; }
#setup label { display: block; margin: .35rem 0 .15rem; font-size: .9rem; }
#setup input, #setup select { display: block; max-width: 520px; margin-bottom: .3rem; font: inherit; padding: .4rem .6rem; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--text); width: 100%; min-width: 0; }
#plex-code { font-size: 1rem; word-break: break-all; }
@media (max-width: 600px) {
  header.top, .banner { padding-left: .9rem; padding-right: .9rem; }
  header.top { flex-wrap: wrap; }
  main { padding: .9rem .6rem 2rem; }
  .panel { padding: .8rem .8rem; }
  .report .exports { margin-left: 0; }
  ul.items { padding-left: .75rem; }
  .owned { padding-left: .75rem; }
  .seasons { padding-left: .5rem; }
  li.item { flex-wrap: wrap; }
  body[data-view="grid"] #movies-groups ul.items { grid-template-columns: repeat(auto-fill, minmax(100px, 1fr)); gap: .6rem; padding: .25rem .5rem .6rem; }
  .poster .ph { font-size: .8rem; }
}
#watchlist-body h3 { font-size: 1rem; margin: .8rem 0 .2rem; }
#watchlist-body li.show { flex-wrap: wrap; }
#watchlist-body ul.seasons { flex-basis: 100%; margin: 0 0 0 1.2rem; padding: 0; font-size: .85rem; overflow-wrap: anywhere; }
.badge.upcoming { color: var(--accent); border-color: currentColor; }
footer { text-align: center; color: var(--muted); font-size: .8rem; padding-bottom: 2rem; }
[hidden] { display: none !important; }
`;
