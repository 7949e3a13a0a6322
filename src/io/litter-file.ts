/**
 * Files editors and operating systems leave beside the ones they open: Excel's `~$2017.csv` lock file,
 * macOS's `._2017.csv` resource forks and `.DS_Store`, emacs's `.#2017.csv` lock link and `2017.csv~`
 * backup, vim's `.2017.csv.swp`, Windows's `Thumbs.db` and `desktop.ini`, and any other hidden dot
 * file. None is data; the loader passes them over (with a note), wherever they lie.
 */
const LITTER_NAMES = new Set(["thumbs.db", "desktop.ini", "ehthumbs.db"]);

export function isLitterFile(name: string): boolean {
  return (
    name.startsWith(".") || name.startsWith("~$") || name.endsWith("~") || /\.sw[a-p]$/i.test(name) || LITTER_NAMES.has(name.toLowerCase())
  );
}
