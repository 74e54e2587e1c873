#!/usr/bin/env node
// Consistency check of the labelled real-text sets in eval/sets/ against their texts,
// which live outside the repository in $GAOJIANG_REAL_TEXTS (pages/NN.txt, quotes/NN.txt).
// Usage: GAOJIANG_REAL_TEXTS=/path node eval/sets/check-labels.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const texts = process.env.GAOJIANG_REAL_TEXTS;
if (!texts) {
  console.error('GAOJIANG_REAL_TEXTS is not set (folder holding pages/ and quotes/ texts)');
  process.exit(2);
}

const problems = [];
const problem = (file, what) => problems.push(`${file}: ${what}`);

function labelFiles(kind) {
  const dir = join(here, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).sort() : [];
}

function readText(kind, file) {
  const path = join(texts, kind, file.replace(/\.json$/, '.txt'));
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8');
}

const pageKeys = ['url', 'title', 'author_line', 'junk', 'junk_inline', 'keep', 'multi_article', 'traditional', 'notes'];
const sites = new Set();
let pages = 0, multi = 0, traditional = 0;
for (const file of labelFiles('pages')) {
  const label = JSON.parse(readFileSync(join(here, 'pages', file), 'utf8'));
  for (const key of pageKeys) if (!(key in label)) problem(`pages/${file}`, `missing key ${key}`);
  sites.add(new URL(label.url).hostname.replace(/^(www|m|wap)\./, ''));
  pages++;
  if (label.multi_article) multi++;
  if (label.traditional) traditional++;
  const text = readText('pages', file);
  if (text === null) { problem(`pages/${file}`, 'text missing'); continue; }
  const lines = new Set(text.split('\n'));
  if (label.title !== null && !text.includes(label.title)) problem(`pages/${file}`, `title not in text: ${label.title}`);
  if (label.author_line !== null && !lines.has(label.author_line)) problem(`pages/${file}`, `author_line not a whole line: ${label.author_line}`);
  for (const line of label.junk) if (!lines.has(line)) problem(`pages/${file}`, `junk not a whole line: ${line}`);
  for (const s of label.junk_inline) if (!text.includes(s)) problem(`pages/${file}`, `junk_inline not in text: ${s}`);
  for (const s of label.junk_line_start ?? []) {
    if (![...lines].some((line) => line.startsWith(s))) problem(`pages/${file}`, `junk_line_start begins no line: ${s}`);
  }
  if (label.keep.length < 5 || label.keep.length > 10) problem(`pages/${file}`, `${label.keep.length} keep strings (want 5–10)`);
  for (const s of label.keep) {
    if (!text.includes(s)) problem(`pages/${file}`, `keep not in text: ${s}`);
    if (s.length < 10 || s.length > 30) problem(`pages/${file}`, `keep of ${s.length} characters: ${s}`);
    for (const j of label.junk_inline) if (s.includes(j)) problem(`pages/${file}`, `keep holds inline junk ${j}: ${s}`);
  }
  if (label.multi_article) {
    if (!Number.isInteger(label.articles) || label.articles < 1) problem(`pages/${file}`, 'multi_article without articles count');
    for (const t of label.article_titles ?? []) if (!text.includes(t)) problem(`pages/${file}`, `article title not in text: ${t}`);
  }
}

// Every “…” span of a passage, innermost-free (no nesting in these passages).
const spans = (text) => [...text.matchAll(/“([^“”]*)”/g)].map((m) => m[1]);
let passages = 0, quotes = 0, notQuotes = 0;
for (const file of labelFiles('quotes')) {
  const label = JSON.parse(readFileSync(join(here, 'quotes', file), 'utf8'));
  passages++;
  if (!label.url) problem(`quotes/${file}`, 'missing url');
  const text = readText('quotes', file);
  if (text === null) { problem(`quotes/${file}`, 'text missing'); continue; }
  const found = new Set(spans(text));
  const listed = [...label.quotes.map((q) => q.text), ...label.not_quotes];
  quotes += label.quotes.length;
  notQuotes += label.not_quotes.length;
  const seen = new Set();
  for (const s of listed) {
    if (seen.has(s)) problem(`quotes/${file}`, `listed twice: ${s}`);
    seen.add(s);
    if (!found.has(s)) problem(`quotes/${file}`, `not a “…” span of the text: ${s}`);
  }
  for (const s of found) if (!seen.has(s)) problem(`quotes/${file}`, `span not labelled: ${s}`);
  for (const q of label.quotes) {
    if (q.speaker !== null && !text.includes(q.speaker)) problem(`quotes/${file}`, `speaker not in text: ${q.speaker}`);
  }
}

// The sets exist to widen what the shared dev set covers: no page may come from one of its sites.
const sharedPages = join(here, '..', '..', '..', 'shared', 'devset', 'pages');
if (existsSync(sharedPages)) {
  for (const f of readdirSync(sharedPages).filter((n) => n.endsWith('.json'))) {
    const host = new URL(JSON.parse(readFileSync(join(sharedPages, f), 'utf8')).url).hostname.replace(/^(www|m|wap)\./, '');
    if (sites.has(host)) problem('pages', `site also in the shared dev set: ${host}`);
  }
}

console.log(`pages: ${pages} (${sites.size} sites, ${multi} multi-article, ${traditional} traditional)`);
console.log(`quotes: ${passages} passages, ${quotes} quotes, ${notQuotes} not_quotes`);
for (const p of problems) console.log(`PROBLEM ${p}`);
console.log(problems.length ? `${problems.length} problems` : 'all labels consistent');
process.exit(problems.length ? 1 : 0);
