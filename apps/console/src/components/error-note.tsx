import { errorLines } from '../api/errors';

/** An API error as the service said it, field paths included; announced to screen readers. */
export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const [first, ...rest] = errorLines(error);
  return (
    <div role="alert" className="error">
      <p>{title ? `${title}: ${first}` : first}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
