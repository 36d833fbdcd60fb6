/**
 * The words of `parallax --help`: what the tool does, examples, and what the exit codes mean.
 */
import { EXIT_CODES_HELP } from './exit-codes.ts';

/** One paragraph on what Parallax is, shown at the top of `parallax --help`. */
export const PROGRAM_DESCRIPTION =
  'Parallax reads news articles (text or HTML files, folders of them, or stdin), groups them into stories ' +
  'and writes a briefing for each story in which every line cites the exact passages it rests on. ' +
  'Everything runs offline.';

/** Shown after the command list of `parallax --help`. */
export const PROGRAM_FOOTER = `
Examples:
  parallax brief examples                                  # every article in a folder, as Markdown
  parallax brief a.txt b.html --format html -o brief.html  # one standalone page, sources linked
  parallax brief news/ --format json > brief.json          # the JSON contract, for other tools
  cat x.txt | parallax articles -                          # what Parallax extracts from one article

Inputs: files (.txt, .html, also gzipped), folders (read recursively) and - for stdin.
Diagnostics go to stderr as "parallax: <input>: <message> [PX…]"; -q silences them.

${EXIT_CODES_HELP}

Run "parallax help <command>" for the options of a command.`;

/** Shown after the options of `parallax brief --help`. */
export const BRIEF_FOOTER = `
Formats:
  markdown  readable in a terminal; [n] markers point to the numbered Sources of each story
  json      the stable contract (articles, stories, diagnostics)
  html      one standalone page: click a citation to see the passage in its article
When --format is not given, it follows the extension of --output (.html, .json, .md).

Examples:
  parallax brief examples
  parallax brief a.txt b.html --format html -o brief.html
  parallax brief - < article.txt

${EXIT_CODES_HELP}`;

/** Shown after the options of `parallax articles --help`. */
export const ARTICLES_FOOTER = `
Prints each article as Parallax extracted it: title, outlet, author, date, language, the cleaned
text, and notes on what was removed or missing. Useful to check extraction before briefing.

Examples:
  cat x.txt | parallax articles -
  parallax articles page.html --format json

${EXIT_CODES_HELP}`;

/** Shown after the options of `parallax ingest --help`. */
export const INGEST_FOOTER = `
Adds articles to a persistent store (SQLite, one file) and updates only the stories they touch;
each change of a story's briefing is kept as a new version with what changed. Ingesting the same
article again changes nothing. Then run "parallax serve" to read the stories in a browser.
With a PostgreSQL store (--db postgres://…) the articles are queued for "parallax worker"
processes; ingest waits until they are stored and works the queue meanwhile (--no-wait: queue only).

Examples:
  parallax ingest examples                       # into ./parallax.db
  parallax ingest news/ feeds.opml --db news.db  # files and every feed of an OPML list
  parallax ingest https://example.org/feed.xml

${EXIT_CODES_HELP}`;

/** Shown after the options of \`parallax worker --help\`. */
export const WORKER_FOOTER = `
With a PostgreSQL store, "parallax ingest" and "parallax serve" queue new articles; workers analyze
them in parallel (any number of processes, on any machines reaching the database) and commit them
in the order they were queued, one batch at a time under a lock, so the stories are the ones a
single process would make. A worker killed mid-job loses nothing: its job is run again.

Examples:
  parallax worker --db postgres://parallax@db/news               # one process
  parallax worker --concurrency 4                                # four, store from PARALLAX_DATABASE_URL
  parallax ingest news/ --db postgres://parallax@db/news --no-wait

${EXIT_CODES_HELP}`;
