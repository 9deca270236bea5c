/** `id,slots` per line (blank lines skipped; slots default 5); the service validates ids and numbers. */
export function parseSlotLines(text: string): Array<{ opportunityId: string; interviewSlots: number }> {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [id, slots] = line.split(/[,;\s]+/);
      return { opportunityId: id, interviewSlots: slots === undefined ? 5 : Number(slots) };
    });
}
