-- The vbtask corpus store (SQLite), schema version 1.
--
-- `vbtask extract … --db PATH` and `vbtask index OUTDIR --db PATH` load
-- what the output contract (vbtask/2, schema/vbtask-2.schema.json) carries
-- into these tables. The file is a list of migrations: on open, vbtask
-- runs every migration whose number is above the store's schema_version,
-- in one transaction, and records the new version. A migration, once
-- released, is never edited: changes go into a new one at the end.
--
-- Keys: a document is keyed by the SHA-256 of its input bytes; loading it
-- again (a re-run, a newer pipeline) replaces its rows, it never adds a
-- second copy. Children refer to documents(id) and go with it.
-- Positions (start, end) are code points of documents.text, as in the JSON.
-- Full-text search: `search` indexes each item's own text and the rest of
-- the document's text (item_index NULL: header, preamble, closing), each
-- piece once, folded for matching: lowercase, "đ" as "d", and the
-- tokenizer removes the other diacritics; fold a query the same way
-- (`vbtask query --search` does).

-- migration 1
CREATE TABLE schema_version (version INTEGER NOT NULL);

CREATE TABLE documents (
  id               INTEGER PRIMARY KEY,
  sha256           TEXT NOT NULL UNIQUE,  -- of the input bytes
  path             TEXT NOT NULL,         -- as given when it was extracted
  format           TEXT NOT NULL,         -- text, pdf, scan, image, docx, odt, doc
  encoding         TEXT NOT NULL,
  pages            INTEGER NOT NULL,
  pipeline_version TEXT NOT NULL,         -- vbtask's version that extracted it
  class            TEXT NOT NULL,         -- directive, normative, other
  class_evidence   TEXT NOT NULL,         -- comma-separated: motto,issuer,number,…
  type             TEXT,                  -- "Chỉ thị"
  type_code        TEXT,
  number           TEXT,                  -- "28-CT/TU"
  key              TEXT,                  -- "28-CT/TU" with its year: what citations.key links to
  date             TEXT,                  -- ISO yyyy-mm-dd
  year             INTEGER,               -- of date
  place            TEXT,
  issuer           TEXT,
  parent_org       TEXT,
  subject          TEXT,
  signer_name      TEXT,
  signer_position  TEXT,
  signer_authority TEXT,
  text             TEXT NOT NULL          -- the repaired text
);
CREATE INDEX documents_issuer ON documents (issuer, year);
CREATE INDEX documents_type ON documents (type, year);
CREATE INDEX documents_key ON documents (key);

CREATE TABLE items (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  item_index  INTEGER NOT NULL,  -- position in the document's items
  item_id     TEXT NOT NULL,     -- "II.1.-2"
  label       TEXT NOT NULL,
  kind        TEXT NOT NULL,     -- section, task, bullet
  parent      INTEGER,           -- item_index of the parent
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  page        INTEGER NOT NULL,
  PRIMARY KEY (document_id, item_index)
);

-- Agencies of an item (role lead or cooperate) and of the document
-- (role addressee, item_index NULL).
CREATE TABLE agencies (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  item_index  INTEGER,
  role        TEXT NOT NULL,     -- lead, cooperate, addressee
  text        TEXT NOT NULL,     -- as printed
  name        TEXT NOT NULL,     -- canonical
  level       TEXT,              -- trung-uong, tinh, huyen, xa, co-quan
  kind        TEXT NOT NULL      -- party, state, front, other
);
CREATE INDEX agencies_name ON agencies (name, role);
CREATE INDEX agencies_document ON agencies (document_id);

CREATE TABLE times (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  item_index  INTEGER NOT NULL,
  text        TEXT NOT NULL,
  kind        TEXT NOT NULL,     -- date, deadline, frequency, period, occasion
  value       TEXT,              -- ISO date, "--12-10", "2024-Q3", a frequency code
  from_year   INTEGER,           -- of a period; NULL where open
  to_year     INTEGER
);
CREATE INDEX times_kind_value ON times (kind, value);
CREATE INDEX times_document ON times (document_id);

CREATE TABLE citations (
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  citation_index INTEGER NOT NULL,  -- position in the document's citations
  type           TEXT,
  number         TEXT,
  name           TEXT,
  key            TEXT,              -- documents.key of the cited document
  date           TEXT,
  issuer         TEXT,
  relation       TEXT NOT NULL,     -- based_on, implements, amends, replaces, reports_on, mentions
  PRIMARY KEY (document_id, citation_index)
);
CREATE INDEX citations_key ON citations (key);
CREATE INDEX citations_number ON citations (number);

CREATE TABLE citation_mentions (
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  citation_index INTEGER NOT NULL,
  item_index     INTEGER,           -- the item it is printed in
  footnote       TEXT,              -- the footnote's marker, when printed in one
  text           TEXT NOT NULL,
  start          INTEGER,           -- NULL in a footnote
  end            INTEGER
);
CREATE INDEX citation_mentions_document ON citation_mentions (document_id);

CREATE TABLE repairs (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  from_text   TEXT NOT NULL,     -- as printed
  to_text     TEXT NOT NULL,     -- as repaired
  rule        TEXT NOT NULL,
  confidence  REAL NOT NULL
);
CREATE INDEX repairs_document ON repairs (document_id);

CREATE TABLE warnings (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  message     TEXT NOT NULL
);
CREATE INDEX warnings_document ON warnings (document_id);

-- rowid = documents.id * 1048576 + item_index + 1 (0 for the whole
-- text), so that a document's rows are one rowid range.
CREATE VIRTUAL TABLE search USING fts5 (
  body,
  document_id UNINDEXED,
  item_index UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
