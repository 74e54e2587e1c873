import type Sqlite from 'better-sqlite3';
import { GaojiangError } from '../../errors.js';
import { normalizeQuoteText } from '../../quotes/normalize.js';
import { addGrams } from './grams.js';

type Database = Sqlite.Database;

/**
 * The 金句库 schema as a list of steps; `PRAGMA user_version` is how many
 * have run. A step is never edited once released: changes are new steps.
 */
export const MIGRATIONS: readonly ((db: Database) => void)[] = [
  // 1: quotations, their tags, settings.
  (db) =>
    db.exec(`
      CREATE TABLE quotes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        speaker TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        verified INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE quote_tags (
        quote_seq INTEGER NOT NULL REFERENCES quotes(seq) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (quote_seq, tag)
      );
      CREATE INDEX quote_tags_by_tag ON quote_tags(tag, quote_seq);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `),

  // 2: occasion, usage count, and search: a normalised copy of the text
  // (punctuation width, spaces, 繁→简) indexed by FTS5 trigrams with the
  // speaker and source, and the one- and two-character grams (grams.ts).
  (db) => {
    db.exec(`
      ALTER TABLE quotes ADD COLUMN occasion TEXT NOT NULL DEFAULT '';
      ALTER TABLE quotes ADD COLUMN usage_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE quotes ADD COLUMN norm TEXT NOT NULL DEFAULT '';
      CREATE TABLE quote_grams (gram INTEGER NOT NULL, quote_seq INTEGER NOT NULL, PRIMARY KEY (gram, quote_seq)) WITHOUT ROWID;
    `);
    const setNorm = db.prepare('UPDATE quotes SET norm = ? WHERE seq = ?');
    for (const row of db.prepare('SELECT seq, text FROM quotes').all() as { seq: number; text: string }[]) {
      const norm = normalizeQuoteText(row.text);
      setNorm.run(norm, row.seq);
      addGrams(db, row.seq, norm);
    }
    db.exec(`
      CREATE INDEX quotes_by_norm ON quotes(norm);
      -- Walks quotations in ranking order, so a common term stops at LIMIT.
      CREATE INDEX quotes_by_rank ON quotes(usage_count DESC, verified DESC, seq);
      -- A narrow scan for one- and two-character speaker or source queries.
      CREATE INDEX quotes_by_speaker ON quotes(speaker, source);
      CREATE VIRTUAL TABLE quotes_fts USING fts5(norm, speaker, source, content='quotes', content_rowid='seq', tokenize='trigram');
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, norm, speaker, source) VALUES (new.seq, new.norm, new.speaker, new.source);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, norm, speaker, source) VALUES ('delete', old.seq, old.norm, old.speaker, old.source);
      END;
      CREATE TRIGGER quotes_fts_update AFTER UPDATE OF norm, speaker, source ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, norm, speaker, source) VALUES ('delete', old.seq, old.norm, old.speaker, old.source);
        INSERT INTO quotes_fts(rowid, norm, speaker, source) VALUES (new.seq, new.norm, new.speaker, new.source);
      END;
      INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
    `);
  },

  // 3: installed study themes (学习主题包), kept as their JSON.
  (db) =>
    db.exec(`
      CREATE TABLE themes (
        id TEXT PRIMARY KEY,
        tag TEXT NOT NULL,
        data TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );
    `),

  // 4: the organizer's collections (征集) live in the same library file
  // (core/node/collection-store.ts). A submission's versions keep every
  // file a member handed in; the latest is the submission's draft.
  (db) =>
    db.exec(`
      CREATE TABLE collections (
        id TEXT PRIMARY KEY,
        theme TEXT NOT NULL,
        deadline TEXT NOT NULL DEFAULT '',
        organizer_unit TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE TABLE roster_members (
        id TEXT PRIMARY KEY,
        collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX roster_by_collection ON roster_members(collection_id, position);
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        member_id TEXT REFERENCES roster_members(id) ON DELETE SET NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX submissions_by_collection ON submissions(collection_id, created_at);
      CREATE INDEX submissions_by_member ON submissions(member_id);
      CREATE TABLE submission_versions (
        submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        submitter TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        draft TEXT NOT NULL,
        PRIMARY KEY (submission_id, version)
      );
    `),

  // 5: sources as data (issue #13): where a wording was published and read,
  // who checked it and when, and the saying several wordings share. The
  // `verified` column keeps the status: 1 = 已核, 0 = 待核; a quotation
  // marked verified without any source goes back to 待核.
  (db) =>
    db.exec(`
      ALTER TABLE quotes ADD COLUMN published_in TEXT NOT NULL DEFAULT '';
      ALTER TABLE quotes ADD COLUMN url TEXT NOT NULL DEFAULT '';
      ALTER TABLE quotes ADD COLUMN checked_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE quotes ADD COLUMN checked_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE quotes ADD COLUMN saying TEXT NOT NULL DEFAULT '';
      UPDATE quotes SET verified = 0 WHERE verified = 1 AND source = '';
      CREATE INDEX quotes_by_saying ON quotes(saying) WHERE saying != '';
    `),

  // 6: the organizer's own versions of a submission (issue #15): 整理标点 and
  // 组织者修改 are versions like a received file, told apart by their origin;
  // a submission sent back with comments is 已退回 (was 退回修改).
  (db) =>
    db.exec(`
      ALTER TABLE submission_versions ADD COLUMN origin TEXT NOT NULL DEFAULT '收到';
      UPDATE submissions SET status = '已退回' WHERE status = '退回修改';
    `),
];

export const QUOTE_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to the current schema, each step in its own transaction. */
export function migrate(db: Database, fileName: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > QUOTE_SCHEMA_VERSION) {
    throw new GaojiangError(
      'unsupported-version',
      `金句库“${fileName}”由更新版本的稿匠创建（版本 ${version}），请升级稿匠后再使用。`,
      `quote library user_version ${version} > ${QUOTE_SCHEMA_VERSION}`,
    );
  }
  MIGRATIONS.slice(version).forEach((step, index) => {
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version + index + 1}`);
    })();
  });
}
