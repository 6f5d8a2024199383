import Database from "better-sqlite3";
import dotenv from "dotenv";
import { ConfigError, loadConfig } from "./settings.js";
import { backupDatabase } from "./db/backup.js";

/** npm run backup -- <file>: an online copy of the desk's database, verified. */
async function main() {
  dotenv.config({ quiet: true });
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run backup -- <file>   (for example: npm run backup -- backups/desk.sqlite)");
    process.exit(2);
  }
  let path: string;
  try {
    path = loadConfig(process.env).databasePath;
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  const source = new Database(path, { fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  try {
    const result = await backupDatabase(source, file);
    console.log(`Backup written to ${result.file} (${result.pages} pages, integrity_check: ${result.integrity})`);
  } finally {
    source.close();
  }
}

main().catch((error) => {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
});
