import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "./code-points";
import { snapToGraphemes } from "./graphemes";

// Code-point positions: "🇫🇷" is two code points (regional indicators), "é" here is e + U+0301.
const FLAGS = "Flags 🇫🇷🇩🇪 here";
const ACCENT = "Cafe\u0301 au lait";
const snapped = (text: string, start: number, end: number) => {
  const range = snapToGraphemes(text, start, end);
  return sliceByCodePoints(text, range.start, range.end);
};

describe("snapToGraphemes", () => {
  it("never splits a flag", () => {
    expect(snapped(FLAGS, 7, 9)).toBe("🇫🇷🇩🇪"); // from the middle of the first flag into the second
    expect(snapped(FLAGS, 6, 7)).toBe("🇫🇷");
    expect(snapped(FLAGS, 7, 8)).toBe("🇫🇷"); // inside one flag
    expect(snapped(FLAGS, 8, 10)).toBe("🇩🇪");
    expect(snapped(FLAGS, 0, 5)).toBe("Flags");
  });

  it("keeps a combining mark with its letter", () => {
    expect(snapped(ACCENT, 0, 4)).toBe("Cafe\u0301");
    expect(snapped(ACCENT, 4, 8)).toBe("e\u0301 au"); // starting at the accent takes its letter
    expect(snapped(ACCENT, 2, 5)).toBe("fe\u0301");
  });

  it("keeps an emoji sequence and CR LF whole, and leaves whole graphemes as they are", () => {
    const family = "A 👩‍👩‍👧 B";
    expect(snapped(family, 3, 4)).toBe("👩‍👩‍👧");
    const crlf = "one\r\ntwo";
    expect(snapped(crlf, 4, 8)).toBe("\r\ntwo");
    expect(snapToGraphemes("plain text", 2, 6)).toEqual({ start: 2, end: 6 });
    expect(snapToGraphemes("", 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it("works across lines and at the text's ends", () => {
    const text = "first 🇫🇷\nsecond 🇩🇪";
    const all = [...text].length;
    expect(snapped(text, 7, all - 1)).toBe("🇫🇷\nsecond 🇩🇪");
    expect(snapToGraphemes(text, 0, all)).toEqual({ start: 0, end: all });
  });
});
