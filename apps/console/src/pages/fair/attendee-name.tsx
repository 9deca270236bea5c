/** An attendee as the organiser reads them: the display name, or (withdrawn, erased, none recorded) the id's start. */
export function AttendeeName({ profileId, displayName }: { profileId: string; displayName: string | null }) {
  return displayName ? <span title={profileId}>{displayName}</span> : <code title={profileId}>{profileId.slice(0, 8)}</code>;
}
