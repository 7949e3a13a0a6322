import { describe, expect, it } from "vitest";
import { BoardStopped, TaskBoard } from "../../src/export/task-board.js";
import { errorOfThread, threadError } from "../../src/export/thread-error.js";

describe("TaskBoard", () => {
  it("gives out every task once, in order, then −1; a board made from its memory shares the count", () => {
    const board = TaskBoard.create(3);
    const other = TaskBoard.of(board.memory);
    expect([board.claim(), other.claim(), board.claim(), other.claim(), board.claim()]).toEqual([0, 1, 2, -1, -1]);
    expect(TaskBoard.create(0).claim()).toBe(-1);
  });

  it("adds up the tasks' progress; once stopped it gives out nothing and a busy task's next report throws", () => {
    const board = TaskBoard.create(4);
    board.report(0, 1);
    board.report(1, 0.5);
    expect(board.fraction()).toBe(0.375);
    expect(TaskBoard.create(0).fraction()).toBe(1);
    const other = TaskBoard.of(board.memory);
    other.stop();
    expect(board.stopped).toBe(true);
    expect(board.claim()).toBe(-1);
    expect(() => board.report(2, 0.1)).toThrow(BoardStopped);
  });
});

describe("errors across threads", () => {
  it("a file system error keeps its code, path and system call; any other names the thread", () => {
    const fsError = Object.assign(new Error("EISDIR: illegal operation on a directory, open 'out.csv'"), {
      code: "EISDIR",
      syscall: "open",
      path: "out.csv",
    });
    const back = errorOfThread(structuredClone(threadError(fsError)), "export thread 1 of 1");
    expect(back).toMatchObject({ code: "EISDIR", syscall: "open", path: "out.csv", message: fsError.message });
    expect(back.stack).toBe(fsError.stack);
    const bug = errorOfThread(structuredClone(threadError(new TypeError("x is undefined"))), "export thread 1 of 1");
    expect(bug.message).toBe("export thread 1 of 1 failed: x is undefined");
    expect("code" in bug).toBe(false);
  });
});

describe("TaskBoard written flags", () => {
  it("a task marked written, by any thread, reads as written and done", () => {
    const board = TaskBoard.create(2);
    const other = TaskBoard.of(board.memory);
    expect(board.written(1)).toBe(false);
    other.markWritten(1);
    expect(board.written(1)).toBe(true);
    expect(board.written(0)).toBe(false);
    expect(board.fraction()).toBe(0.5);
  });
});
