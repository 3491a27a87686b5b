import type { Process } from "../../domain";
import type { HostItem, Person } from "../../host/host";
import { processChoice } from "../../state/processChoice";
import { AddCandidateForm } from "./AddCandidateForm";
import { usePane } from "./paneContext";

/** Unknown sender → a candidate: the mail is linked, the clock starts (AddCandidate does both). */
export default function AddCandidateFlow(props: {
  item: HostItem;
  sender: Person;
  processes: readonly Process[];
}) {
  const pane = usePane();
  return (
    <AddCandidateForm
      choice={processChoice(props.processes, props.item.subject)}
      sender={props.sender}
      onSubmit={async (input) => {
        const saved = await pane.actions().addCandidateFromItem(props.item, input);
        pane.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
      }}
    />
  );
}
