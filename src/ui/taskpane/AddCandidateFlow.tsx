import type { Process } from "../../domain";
import type { HostItem, Person } from "../../host/host";
import { newCandidateId } from "../../domain";
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
      processes={props.processes}
      sender={props.sender}
      onSubmit={async (input) => {
        const saved = await pane.actions().addCandidateFromMail(
          input.processId,
          newCandidateId(input.name, crypto.randomUUID()),
          {
            messageId: props.item.restId ?? "",
            at: props.item.receivedAt ?? new Date().toISOString(),
            subject: props.item.subject,
            from: { name: input.name, email: input.email },
          },
          { name: input.name, phone: input.phone, linkedInUrl: input.linkedInUrl },
        );
        pane.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
      }}
    />
  );
}
