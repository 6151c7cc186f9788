// Reads a list of HTML files (one path a line, UTF-8) named on the command line, runs Mozilla
// Readability on each with jsdom, and writes one JSON line per file to stdout:
// {"i": index, "text": textContent or null, "ms": milliseconds spent on this page, "error": message}.
// The time covers parsing the page with jsdom and Readability's parse, as a user of the library pays.
'use strict';
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const list = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
const quiet = new VirtualConsole();
list.forEach((file, i) => {
  const html = fs.readFileSync(file, 'utf8');
  const start = process.hrtime.bigint();
  let text = null;
  let error = null;
  try {
    const dom = new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    error = String(e && e.message ? e.message : e);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ i, text, ms, error }) + '\n');
});
