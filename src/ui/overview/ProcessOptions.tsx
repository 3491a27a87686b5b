import { openProcesses, type Process } from "../../domain";

/** The processes as a picker's options, in the recruiter's own order: the overview's filters and
 * the pipeline's and the status update's process choice all list them the same way. A closed
 * process is not among them. */
export function ProcessOptions({ processes }: { processes: readonly Process[] }) {
  return (
    <>
      {openProcesses(processes).map((p) => (
        <option key={p.id} value={p.id}>
          {p.title}
        </option>
      ))}
    </>
  );
}
