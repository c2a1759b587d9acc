/**
 * Whether the signed-in user's role may use a channel, read from the one registry, so the UI hides
 * or disables what the engine would refuse anyway (the engine stays the authority).
 */
import { channels, type ChannelName } from '../../../../shared/contract/channels.ts';
import { useSessionStore } from './session-store.ts';

export function useCan(channel: ChannelName): boolean {
  const role = useSessionStore((state) => state.user?.role);
  return role !== undefined && channels[channel].roles.includes(role);
}
