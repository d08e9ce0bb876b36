"use client";

// The reader: article text with highlights on the left, claims on the right, kept in step with
// everyone else's changes through the live stream. Under 768 px the open claim is a bottom sheet
// over the text, so opening one never scrolls the page away from where the reader is.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { readApi } from "@/lib/api/read-api";
import { runsOfClaim } from "@/lib/reader/highlight-keys";
import { claimsToReread, mergeClaims } from "@/lib/reader/merge-claims";
import { OwnChanges } from "@/lib/reader/own-changes";
import type { RevisionBlock } from "@/lib/articles/revision-blocks";
import type { ClaimDetail } from "@/lib/claims/get-claim-detail";
import type { ClaimSummary } from "@/lib/claims/list-article-claims";
import { expandClaims, type CompactClaims } from "@/lib/reader/compact-claims";
import { callAction } from "@/lib/actions/call-action";
import { createClaimAction } from "../actions";
import { ClaimDetailPanel } from "./claim-detail-panel";
import { matchesFilters, NO_FILTERS, type ClaimFilters } from "./claim-filters";
import { ClaimList } from "./claim-list";
import { AssignReviewers } from "./assign-reviewers";
import { ImportAnnotations } from "./import-annotations";
import { PresenceBar } from "./presence-bar";
import type { HighlightClaim } from "./article-text";
import { ReadingPane } from "./reading-pane";
import { ShortcutSheet } from "./shortcut-sheet";
import { useReaderShortcuts } from "./use-reader-shortcuts";
import { useLiveArticle, type LiveChange } from "./use-live-article";
import { CodePointIndex } from "@/lib/anchoring";
import { reattachClaimAction } from "../actions";
import { ReanchorPanel } from "./reanchor-panel";
import { SuggestionPanel } from "./suggestion-panel";
import { useSuggestions } from "./use-suggestions";
import type { TextSelection } from "./selection-offsets";
import type { RatingOption } from "./verdict-section";

export interface ArticleWorkspaceProps {
  workspaceId: string;
  articleId: string;
  revisionId: string;
  text: string;
  blocks: RevisionBlock[];
  /** The claims at page load, compacted for the payload (lib/reader/compact-claims.ts). */
  initialClaims: CompactClaims;
  initialClaimId: string | null;
  me: { id: string; name: string };
  members: { id: string; name: string }[];
  knownTags: string[];
  ratings: RatingOption[];
  canCreateClaim: boolean;
  canAssign: boolean;
  reviewers: { id: string; name: string }[];
  header: ReactNode;
  /** Export links (rendered on the server). */
  exports: ReactNode;
  canImport: boolean;
}

/** Phones: the open claim is a bottom sheet over the text (Tailwind's md breakpoint). */
const PHONE = "(max-width: 767.98px)";
const PHONE_SHEET =
  "max-md:fixed max-md:inset-x-0 max-md:bottom-0 max-md:z-30 max-md:max-h-[65vh] max-md:overflow-y-auto max-md:rounded-t-xl max-md:border-t max-md:border-stone-300 max-md:bg-white max-md:p-4 max-md:shadow-2xl";

export function ArticleWorkspace(props: ArticleWorkspaceProps) {
  const { workspaceId, articleId } = props;
  const api = `/api/v1/workspaces/${workspaceId}`;
  const pathname = usePathname();
  const index = useMemo(() => new CodePointIndex(props.text), [props.text]);
  const [claims, setClaims] = useState(() => expandClaims(props.initialClaims, { id: props.revisionId, text: index }));
  const [selectedId, setSelectedId] = useState<string | null>(props.initialClaimId);
  const [detail, setDetail] = useState<ClaimDetail | null>(null);
  const [filters, setFilters] = useState<ClaimFilters>(NO_FILTERS);
  const [notice, setNotice] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);
  const [newRevision, setNewRevision] = useState(false);
  const [mode, setMode] = useState<"claims" | "suggestions" | "reanchor">("claims");
  const [textSelection, setTextSelection] = useState<TextSelection | null>(null);
  const [reattach, setReattach] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const selectedRef = useRef(selectedId);
  const ownChanges = useRef(new OwnChanges());
  useEffect(() => {
    selectedRef.current = selectedId;
  }, [selectedId]);

  /** Re-reads the list, or only the claims named (live changes), and merges them in. */
  const refreshClaims = useCallback(
    async (ids: string[] | null = null) => {
      const next = await readApi(
        "/api/v1/workspaces/{workspaceId}/articles/{articleId}/claims",
        { workspaceId, articleId },
        ids ? { ids: ids.join(",") } : undefined,
      );
      if (next.ok) setClaims((current) => (ids ? mergeClaims(current, ids, next.data) : next.data));
    },
    [workspaceId, articleId],
  );

  const refreshDetail = useCallback(
    async (id: string) => {
      const next = await readApi("/api/v1/workspaces/{workspaceId}/claims/{claimId}", { workspaceId, claimId: id });
      if (selectedRef.current !== id) return;
      if (next.ok) setDetail(next.data);
      // A failed read (offline, a server error) keeps what the panel shows; only a missing claim closes it.
      else if (next.status === 404 || next.status === 403) {
        setDetail(null);
        setSelectedId(null);
        setNotice("That claim was deleted.");
      }
    },
    [workspaceId],
  );

  useEffect(() => {
    if (selectedId) void Promise.resolve(selectedId).then(refreshDetail);
    // Built from this page's own path, not window.location: on a client-side navigation the effect
    // can run before the address bar shows the new page, and replacing the old page's address would
    // send the router back there.
    const query = new URLSearchParams(window.location.pathname === pathname ? window.location.search : "");
    if (selectedId) query.set("claim", selectedId);
    else query.delete("claim");
    const search = query.toString();
    const url = `${pathname}${search ? `?${search}` : ""}`;
    if (url !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(window.history.state, "", url);
  }, [selectedId, refreshDetail, pathname]);

  const onChanges = useCallback(
    (changes: LiveChange[]) => {
      if (changes.some((c) => c.entityType === "revision" || c.action === "article.revise")) setNewRevision(true);
      // An empty batch means "re-read everything" (the stream reconnected); otherwise skip the echo
      // of this page's own writes, which it re-read when it made them.
      const fresh = changes.length ? ownChanges.current.unexpected(changes, props.me.id) : changes;
      if (changes.length && !fresh.length) return;
      void refreshClaims(claimsToReread(fresh));
      const current = selectedRef.current;
      if (current && (fresh.length === 0 || fresh.some((c) => c.claimId === current))) void refreshDetail(current);
    },
    [refreshClaims, refreshDetail, props.me.id],
  );
  const { readers, connection } = useLiveArticle({ url: `${api}/articles/${articleId}/events`, onChanges });

  // The runs of the text name claims by their place in the list it was drawn from (highlight-keys.ts).
  const highlightsRef = useRef<HighlightClaim[]>([]);

  const flash = useCallback((id: string) => {
    const runs = runsOfClaim(id, highlightsRef.current);
    const marks = runs ? [...document.querySelectorAll<HTMLElement>(runs)] : [];
    marks[0]?.scrollIntoView({
      block: "center",
      behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
    });
    marks.forEach((mark) => {
      mark.classList.remove("claim-flash");
      void mark.offsetWidth;
      mark.classList.add("claim-flash");
      setTimeout(() => mark.classList.remove("claim-flash"), 1000);
    });
  }, []);

  const openClaim = useCallback(
    (id: string | null, options: { flash?: boolean } = {}) => {
      setSelectedId(id);
      if (id && options.flash) flash(id);
    },
    [flash],
  );

  async function mark(selection: TextSelection) {
    setMarking(true);
    setNotice(null);
    const result = await callAction(() =>
      createClaimAction(workspaceId, articleId, {
        revisionId: props.revisionId,
        start: selection.start,
        end: selection.end,
      }),
    );
    setMarking(false);
    // The selection stays, so marking again is the retry.
    if (!result.ok) return setNotice(result.failure.message);
    window.getSelection()?.removeAllRanges();
    ownChanges.current.expect(result.data.id);
    await refreshClaims();
    setSelectedId(result.data.id);
  }

  const suggestions = useSuggestions(workspaceId, articleId, (claimId) => {
    void refreshClaims();
    void claimId;
  });
  const orphans = useMemo(() => claims.filter((c) => c.anchorState === "orphaned"), [claims]);
  const nearbyText = useCallback(
    (claim: ClaimSummary) => {
      const at = Math.min(claim.start, Math.max(0, index.length - 1));
      const block = props.blocks.find((b) => b.start <= at && at < b.end + 2) ?? props.blocks.at(-1);
      return block ? index.slice(block.start, block.end) : "";
    },
    [index, props.blocks],
  );
  async function reattachTo(claim: ClaimSummary) {
    if (!textSelection) return;
    setReattach({ pending: true, error: null });
    const result = await callAction(() =>
      reattachClaimAction(workspaceId, claim.id, {
        revisionId: props.revisionId,
        start: textSelection.start,
        end: textSelection.end,
        version: claim.version,
      }),
    );
    setReattach({ pending: false, error: result.ok ? null : result.failure.message });
    if (result.ok) {
      window.getSelection()?.removeAllRanges();
      ownChanges.current.expect(claim.id);
      await refreshClaims();
    }
  }
  const visible = useMemo(
    () => claims.filter((claim) => claim.anchorState !== "orphaned" && matchesFilters(claim, filters)),
    [claims, filters],
  );
  const visibleIds = useMemo(() => new Set(visible.map((c) => c.id)), [visible]);
  const readingOrder = useMemo(
    () =>
      visible
        .filter((c) => c.revisionId === props.revisionId)
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .map((c) => c.id),
    [visible, props.revisionId],
  );

  /** Closes the open claim; focus goes to its entry in the list, or on a phone back to the text, where the reader was. */
  const closeClaim = useCallback(() => {
    const id = selectedRef.current;
    setSelectedId(null);
    if (!id) return;
    requestAnimationFrame(() => {
      if (window.matchMedia(PHONE).matches) textRef.current?.focus({ preventScroll: true });
      else document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)?.focus();
    });
  }, []);

  useReaderShortcuts({
    textRoot: textRef,
    text: props.text,
    blocks: props.blocks,
    claimOrder: readingOrder,
    selectedId,
    canMark: props.canCreateClaim && !marking,
    onMark: (selection) => void mark(selection),
    onOpenClaim: (id) => openClaim(id, { flash: true }),
    onCloseClaim: closeClaim,
    onHelp: () => setShortcutsOpen(true),
  });
  const highlights = useMemo(() => {
    const marked = claims
      .filter((c) => c.revisionId === props.revisionId && c.anchorState !== "orphaned")
      .map((c) => ({
        id: c.id,
        start: c.start,
        end: c.end,
        status: c.status,
        verdictColor: c.finalRating?.color ?? null,
        dimmed: !visibleIds.has(c.id),
      }));
    if (mode !== "suggestions" || !suggestions.suggestions) return marked;
    return [
      ...marked,
      ...suggestions.suggestions.map((s) => ({
        id: `s:${s.hash}`,
        start: s.start,
        end: s.end,
        status: "unreviewed" as const,
        verdictColor: null,
        dimmed: false,
        suggestion: true,
      })),
    ];
  }, [claims, props.revisionId, visibleIds, mode, suggestions.suggestions]);
  useEffect(() => {
    highlightsRef.current = highlights;
  }, [highlights]);

  // Highlight the selected claim without re-rendering the text.
  useEffect(() => {
    const runs = selectedId ? runsOfClaim(selectedId, highlights) : null;
    const marks = document.querySelectorAll<HTMLElement>(runs ?? "mark.claim-selected");
    if (!selectedId) return marks.forEach((mark) => mark.classList.remove("claim-selected"));
    marks.forEach((mark) => mark.classList.add("claim-selected"));
    return () => marks.forEach((mark) => mark.classList.remove("claim-selected"));
  }, [selectedId, highlights]);
  const tags = useMemo(
    () => [...new Set([...props.knownTags, ...claims.flatMap((c) => c.tags)])].sort(),
    [props.knownTags, claims],
  );

  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <main id="main" className="min-w-0">
        {newRevision ? (
          <Notice tone="warning" className="mb-4">
            This article was edited by someone else.{" "}
            <a href={window.location.pathname} className="underline">
              Reload to read the new revision.
            </a>
          </Notice>
        ) : null}
        {props.header}
        {props.canAssign ? (
          <AssignReviewers
            workspaceId={workspaceId}
            articleId={articleId}
            reviewers={props.reviewers}
            claims={claims}
            onAssigned={() => void refreshClaims()}
          />
        ) : null}
        <details className="no-print mb-6 rounded-md border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium">Export and import</summary>
          <div className="mt-3 grid gap-6 sm:grid-cols-2">
            {props.exports}
            {props.canImport ? (
              <ImportAnnotations
                workspaceId={workspaceId}
                articleId={articleId}
                onImported={() => void refreshClaims()}
              />
            ) : null}
          </div>
        </details>
        <div className="no-print mb-2 flex justify-end">
          <button
            type="button"
            onClick={() => setShortcutsOpen(true)}
            className="text-xs text-stone-700 underline hover:text-ink"
          >
            Keyboard shortcuts <kbd className="rounded border border-stone-300 px-1">?</kbd>
          </button>
        </div>
        <ShortcutSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
        <ReadingPane
          textRef={textRef}
          text={props.text}
          blocks={props.blocks}
          claims={highlights}
          selectedId={selectedId}
          canMark={props.canCreateClaim}
          marking={marking}
          onSelectClaim={(id) => openClaim(id)}
          onMark={mark}
          onSelectionChange={setTextSelection}
          onSelectSuggestion={(id) => {
            setMode("suggestions");
            document
              .querySelector<HTMLElement>(`[data-suggestion-item="${CSS.escape(id.replace(/^s:/, ""))}"]`)
              ?.focus();
          }}
        />
      </main>
      <aside
        aria-label="Claims"
        className={`no-print lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto ${selectedId ? PHONE_SHEET : ""}`}
      >
        {selectedId ? (
          <div className="sticky -top-4 z-10 -mx-4 -mt-4 mb-2 flex items-center justify-between gap-2 bg-white px-4 pb-1 pt-2 md:hidden">
            <span aria-hidden className="mx-auto h-1.5 w-10 rounded-full bg-stone-300" />
            <button
              type="button"
              onClick={closeClaim}
              className="absolute right-3 top-1.5 rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-stone-100"
            >
              Close
            </button>
          </div>
        ) : null}
        <PresenceBar readers={readers.filter((r) => r.id !== props.me.id)} connection={connection} />
        {notice ? (
          <Notice tone="error" className="mb-3">
            {notice}
          </Notice>
        ) : null}
        {!selectedId ? (
          <div className="mb-3 flex flex-wrap gap-1" role="group" aria-label="Show">
            {(
              [
                ["claims", "Claims"],
                ["suggestions", "Suggestions"],
                ["reanchor", `Needs re-anchoring (${orphans.length})`],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="button"
                aria-pressed={mode === value}
                onClick={() => {
                  setMode(value);
                  if (value === "suggestions" && !suggestions.suggestions) suggestions.load();
                }}
                className={`rounded-md px-2.5 py-1 text-sm ${mode === value ? "bg-ink text-white" : "bg-stone-100 text-stone-800 hover:bg-stone-200"} ${value === "reanchor" && orphans.length ? "font-semibold" : ""}`}
              >
                {label}
              </button>
            ))}
          </div>
        ) : null}
        {!selectedId && mode === "suggestions" ? (
          <>
            {suggestions.error ? (
              <Notice tone="error" className="mb-2">
                {suggestions.error}
              </Notice>
            ) : null}
            <SuggestionPanel
              suggestions={suggestions.suggestions}
              activeHash={suggestions.active}
              canAct={props.canCreateClaim}
              pending={suggestions.pending}
              onAccept={suggestions.accept}
              onDismiss={suggestions.dismiss}
              onFocus={(s) => {
                suggestions.setActive(s.hash);
                document
                  .querySelectorAll(".suggestion-active")
                  .forEach((el) => el.classList.remove("suggestion-active"));
                const run = document.querySelector<HTMLElement>(`[data-suggestion="s:${CSS.escape(s.hash)}"]`);
                run?.classList.add("suggestion-active");
                run?.scrollIntoView({ block: "nearest" });
              }}
            />
          </>
        ) : !selectedId && mode === "reanchor" ? (
          <ReanchorPanel
            orphans={orphans}
            nearbyText={nearbyText}
            selection={textSelection}
            canReattach={props.canCreateClaim}
            pending={reattach.pending}
            error={reattach.error}
            onReattach={(claim) => void reattachTo(claim)}
            onOpen={(id) => openClaim(id)}
          />
        ) : selectedId && detail?.claim.id === selectedId ? (
          <ClaimDetailPanel
            detail={detail}
            workspaceId={workspaceId}
            userId={props.me.id}
            knownTags={tags}
            ratings={props.ratings}
            onBack={closeClaim}
            onShowInText={() => flash(selectedId)}
            onChanged={() => {
              ownChanges.current.expect(selectedId);
              void refreshClaims();
              void refreshDetail(selectedId);
            }}
            onDeleted={() => {
              ownChanges.current.expect(selectedId);
              setSelectedId(null);
              void refreshClaims();
            }}
          />
        ) : selectedId ? (
          <p className="text-sm text-stone-600" role="status">
            Loading claim…
          </p>
        ) : (
          <ClaimList
            claims={claims}
            visible={visible}
            filters={filters}
            onFilters={setFilters}
            members={props.members}
            meId={props.me.id}
            ratings={props.ratings}
            tags={tags}
            onOpen={(id) => openClaim(id, { flash: true })}
          />
        )}
      </aside>
    </div>
  );
}
