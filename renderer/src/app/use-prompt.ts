import { useCallback, useRef, useState } from 'react';

export interface Prompt<TRequest, TAnswer> {
  /** What the dialog is asking about, while it is open; null when closed. */
  request: TRequest | null;
  /** Opens the dialog and resolves with the user's answer. */
  ask(request: TRequest): Promise<TAnswer>;
  /** Called by the dialog: closes it and resolves the pending ask. */
  answer(value: TAnswer): void;
}

/**
 * A dialog as an awaitable question, so a workflow reads top to bottom
 * (`if ((await unsaved.ask(name)) === 'cancel') return`). A second ask while
 * one is open first answers the earlier one with `superseded`.
 */
export function usePrompt<TRequest, TAnswer>(superseded: TAnswer): Prompt<TRequest, TAnswer> {
  const [request, setRequest] = useState<TRequest | null>(null);
  const resolver = useRef<((value: TAnswer) => void) | null>(null);

  const answer = useCallback((value: TAnswer) => {
    const resolve = resolver.current;
    resolver.current = null;
    setRequest(null);
    resolve?.(value);
  }, []);

  const ask = useCallback(
    (next: TRequest) =>
      new Promise<TAnswer>((resolve) => {
        resolver.current?.(superseded);
        resolver.current = resolve;
        setRequest(() => next);
      }),
    [superseded],
  );

  return { request, ask, answer };
}
