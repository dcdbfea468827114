/**
 * The story's stylesheet, scoped to `.odibi-story` so it can sit inside a
 * notebook output (where it also overrides Notebook's own `div.error`, which
 * centres its text).
 */
export const STORY_CSS = `
.odibi-story { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2329; line-height: 1.45; max-width: 1100px; }
.odibi-story h1 { font-size: 1.6em; margin: 0.2em 0; }
.odibi-story h2 { font-size: 1.3em; border-bottom: 1px solid #d8dee4; padding-bottom: 0.2em; }
.odibi-story h3 { font-size: 1.1em; margin: 0; }
.odibi-story h4 { font-size: 0.95em; margin: 0.8em 0 0.3em; color: #444; }
.odibi-story table { border-collapse: collapse; margin: 0.3em 0; font-size: 0.9em; }
.odibi-story th, .odibi-story td { border: 1px solid #d8dee4; padding: 2px 8px; text-align: left; vertical-align: top; }
.odibi-story th { background: #f3f5f7; }
.odibi-story .summary { background: #f3f5f7; border-left: 4px solid #1f5f99; padding: 0.5em 0.8em; }
.odibi-story .badge { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 0.8em; vertical-align: middle; }
.odibi-story .s-success { background: #2e7d32; } .odibi-story .s-failed { background: #c62828; }
.odibi-story .s-skipped, .odibi-story .s-partial { background: #ef8f00; } .odibi-story .s-notRun { background: #9e9e9e; }
.odibi-story .node { border: 1px solid #d8dee4; border-radius: 6px; padding: 0.6em 0.9em; margin: 0.8em 0; }
.odibi-story .node.failed { border-left: 5px solid #c62828; } .odibi-story .node.skipped { border-left: 5px solid #ef8f00; }
.odibi-story .error { background: #fdecea; padding: 0.4em 0.7em; border-radius: 4px; margin: 0.4em 0; text-align: left; }
.odibi-story .skip { background: #fff4e0; padding: 0.4em 0.7em; border-radius: 4px; margin: 0.4em 0; text-align: left; }
.odibi-story .added { color: #2e7d32; } .odibi-story .removed { color: #c62828; }
.odibi-story .pass { color: #2e7d32; } .odibi-story .fail { color: #c62828; font-weight: bold; }
.odibi-story code, .odibi-story .mono { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
.odibi-story figure { margin: 0.6em 0; overflow-x: auto; } .odibi-story figcaption { font-weight: bold; margin-bottom: 0.3em; }
`;
