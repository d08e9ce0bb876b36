import { describe, expect, it } from "vitest";
import { shortcutFor, type KeyPress } from "./shortcuts";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

describe("shortcutFor", () => {
  it("maps the reader's letters", () => {
    expect(shortcutFor(press("s"), false)).toEqual({ type: "select", granularity: "sentence", direction: 1 });
    expect(shortcutFor(press("S", { shiftKey: true }), false)).toEqual({
      type: "select",
      granularity: "sentence",
      direction: -1,
    });
    expect(shortcutFor(press("p"), false)).toEqual({ type: "select", granularity: "paragraph", direction: 1 });
    expect(shortcutFor(press("m"), false)).toEqual({ type: "mark" });
    expect(shortcutFor(press("c"), false)).toEqual({ type: "mark" });
    expect(shortcutFor(press("j"), false)).toEqual({ type: "claim", direction: 1 });
    expect(shortcutFor(press("k"), false)).toEqual({ type: "claim", direction: -1 });
    expect(shortcutFor(press("n"), false)).toEqual({ type: "note" });
    expect(shortcutFor(press("a"), false)).toEqual({ type: "source" });
    expect(shortcutFor(press("?", { shiftKey: true }), false)).toEqual({ type: "help" });
    expect(shortcutFor(press("Escape"), false)).toEqual({ type: "escape" });
  });

  it("rates with the digits 1 to 9", () => {
    expect(shortcutFor(press("1"), false)).toEqual({ type: "rate", position: 1 });
    expect(shortcutFor(press("9"), false)).toEqual({ type: "rate", position: 9 });
    expect(shortcutFor(press("0"), false)).toBeNull();
  });

  it("leaves typing alone, except the submit combination", () => {
    for (const key of ["s", "m", "j", "1", "?", "Escape"]) expect(shortcutFor(press(key), true)).toBeNull();
    expect(shortcutFor(press("Enter", { ctrlKey: true }), true)).toEqual({ type: "submit" });
    expect(shortcutFor(press("Enter", { metaKey: true }), false)).toEqual({ type: "submit" });
    expect(shortcutFor(press("Enter"), false)).toBeNull();
  });

  it("leaves the browser's own combinations alone", () => {
    expect(shortcutFor(press("c", { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(press("a", { metaKey: true }), false)).toBeNull();
    expect(shortcutFor(press("j", { altKey: true }), false)).toBeNull();
  });
});
