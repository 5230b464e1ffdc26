/** Dates on screen are YYYY-MM-DD in both languages; instants are shown in local time. */
const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of a UTC instant (ISO string), as YYYY-MM-DD. */
export function instantDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local date and time of a UTC instant, as YYYY-MM-DD HH:mm. */
export function instantDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${instantDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
