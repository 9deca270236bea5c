import { useI18n } from '../i18n/i18n-context';
import { BLOCKS, DAYS, type Block, type WeekBlocks } from '../profile-form/week-grid';

/** Three blocks a day as checkboxes in a table: one label per box (day and block), usable by keyboard. */
export function WeekPicker({ legend, value, onChange }: { legend: string; value: WeekBlocks; onChange: (w: WeekBlocks) => void }) {
  const { t } = useI18n();
  const blocks = Object.keys(BLOCKS) as Block[];
  const toggle = (day: (typeof DAYS)[number], block: Block, on: boolean) =>
    onChange({ ...value, [day]: on ? blocks.filter((b) => b === block || value[day].includes(b)) : value[day].filter((b) => b !== block) });
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="table-wrap">
        <table className="week">
          <thead>
            <tr>
              <td />
              {DAYS.map((d) => (
                <th key={d} scope="col">
                  {t(`day_${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {blocks.map((b) => (
              <tr key={b}>
                <th scope="row">
                  {t(`block_${b}`)} <span className="muted">{`${BLOCKS[b][0]}–${BLOCKS[b][1]} h`}</span>
                </th>
                {DAYS.map((d) => (
                  <td key={d}>
                    <input type="checkbox" aria-label={`${legend}: ${t(`day_${d}`)}, ${t(`block_${b}`)}`} checked={value[d].includes(b)} onChange={(e) => toggle(d, b, e.target.checked)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
