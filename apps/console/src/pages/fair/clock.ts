/** Slot times are the venue's wall clock (`YYYY-MM-DDTHH:MM`, no zone): show the HH:MM as it is. */
export const clock = (at: string): string => at.slice(11, 16);
