/**
 * Who is signed in, kept by the shell only (the Electron main process or the web bridge). Every
 * engine call acts as this user; the renderer never names the actor. A new session has nobody
 * signed in: until someone signs in, the gate (gate.ts) lets only the user list through.
 */

export type Session = {
  /** The signed-in user's id, or null before sign-in and after sign-out. */
  userId(): string | null;
  signIn(userId: string): void;
  signOut(): void;
};

export function createSession(): Session {
  let current: string | null = null;
  return {
    userId: () => current,
    signIn: (userId) => {
      current = userId;
    },
    signOut: () => {
      current = null;
    },
  };
}
