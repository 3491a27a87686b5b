// Other runtimes of Svara on this device (the OnMessageSend handler, a second pane) put commands
// into the same IndexedDB outbox. They say so on a BroadcastChannel, and the pane's engine kicks
// its drain instead of waiting for its next timer. No channel (an old webview): the next timer,
// dispatch or start picks the commands up anyway — this is only about how soon.

const CHANNEL = "svara-outbox";

type Channel = { postMessage(m: unknown): void; close(): void; onmessage: ((e: unknown) => void) | null };
type ChannelCtor = new (name: string) => Channel;

const ctor = (): ChannelCtor | undefined =>
  (globalThis as { BroadcastChannel?: ChannelCtor }).BroadcastChannel;

export function announceOutboxChange(): void {
  const Ctor = ctor();
  if (!Ctor) return;
  const channel = new Ctor(CHANNEL);
  channel.postMessage("changed");
  channel.close();
}

/** Calls `listener` when another runtime changed the outbox; returns the unsubscribe. */
export function onOutboxChange(listener: () => void): () => void {
  const Ctor = ctor();
  if (!Ctor) return () => undefined;
  const channel = new Ctor(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
