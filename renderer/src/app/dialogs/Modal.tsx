import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  /** Esc, the × button, or the browser closing the dialog. */
  onDismiss(): void;
  children: ReactNode;
  /** Extra class for sizing (e.g. `wizard`). */
  className?: string;
  /** Describes the dialog for screen readers (an id inside children). */
  describedBy?: string;
}

/**
 * A modal on the native <dialog>: the browser keeps focus inside it, makes
 * the page behind inert and turns Esc into a close. The element marked
 * `data-autofocus` gets focus when it opens (React's autoFocus runs before
 * the dialog is shown, when nothing in it can take focus); the browser
 * returns focus to where it was when it closes.
 */
export function Modal({ title, onDismiss, children, className, describedBy }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  // Set when we close it ourselves (unmounting), so that close is not reported as a dismissal.
  const closingOurselves = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    closingOurselves.current = false;
    if (!dialog.open) dialog.showModal();
    const target = dialog.querySelector<HTMLElement>('[data-autofocus]');
    target?.focus();
    return () => {
      closingOurselves.current = true;
      dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onClose={() => {
        // The close event arrives a task later: ignore it if we closed the dialog ourselves, or if
        // it has been opened again since (React's StrictMode runs the effect twice in development).
        if (!closingOurselves.current && !ref.current?.open) dismiss.current();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-close" aria-label="关闭" onClick={() => dismiss.current()}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
