/**
 * The tasks of a parallel export on shared memory, so that every thread, the main one included, takes
 * its next task itself instead of asking for it: which task is next, how far each one has got, and
 * whether a thread has failed. A thread busy writing cannot answer messages; one that hands out tasks
 * by message would leave the others idle while it writes, so the main thread could not write too.
 */

export interface TaskBoardMemory {
  /** [next task, stopped, task count] as Int32. */
  control: SharedArrayBuffer;
  /** Each task's fraction done, as Float64. */
  progress: SharedArrayBuffer;
  /** Per task, 1 once its file is written and closed, as Int32. */
  written: SharedArrayBuffer;
}

const NEXT = 0;
const STOPPED = 1;
const COUNT = 2;

/** Thrown inside a task when the board was stopped meanwhile: the task gives up, another thread's error is the one to show. */
export class BoardStopped extends Error {
  constructor() {
    super("the export was stopped by a failure on another thread");
  }
}

export class TaskBoard {
  private readonly control: Int32Array;
  /** Each task's fraction done. */
  readonly progress: Float64Array;
  private readonly writtenFlags: Int32Array;

  private constructor(readonly memory: TaskBoardMemory) {
    this.control = new Int32Array(memory.control);
    this.progress = new Float64Array(memory.progress);
    this.writtenFlags = new Int32Array(memory.written);
  }

  /** A board of `tasks` tasks, none taken. */
  static create(tasks: number): TaskBoard {
    const board = new TaskBoard({
      control: new SharedArrayBuffer(12),
      progress: new SharedArrayBuffer(Math.max(1, tasks) * 8),
      written: new SharedArrayBuffer(Math.max(1, tasks) * 4),
    });
    board.control[COUNT] = tasks;
    return board;
  }

  /** The board another thread created. */
  static of(memory: TaskBoardMemory): TaskBoard {
    return new TaskBoard(memory);
  }

  get tasks(): number {
    return this.control[COUNT] as number;
  }

  /** The next task for the calling thread, each given out once; −1 when none is left or the board is stopped. */
  claim(): number {
    if (this.stopped) return -1;
    const t = Atomics.add(this.control, NEXT, 1);
    return t < this.tasks ? t : -1;
  }

  /** A thread failed: no task is given out any more, and busy threads may give up theirs. */
  stop(): void {
    Atomics.store(this.control, STOPPED, 1);
  }

  get stopped(): boolean {
    return Atomics.load(this.control, STOPPED) === 1;
  }

  /** Records a task's fraction done; throws BoardStopped when another thread has failed meanwhile. */
  report(task: number, fraction: number): void {
    this.progress[task] = fraction;
    if (this.stopped) throw new BoardStopped();
  }

  /** Marks a task's file written and closed, and the task done: whichever thread sees it can join its output. */
  markWritten(task: number): void {
    this.progress[task] = 1;
    Atomics.store(this.writtenFlags, task, 1);
  }

  written(task: number): boolean {
    return Atomics.load(this.writtenFlags, task) === 1;
  }

  /** The fraction of all tasks done. */
  fraction(): number {
    let sum = 0;
    for (let t = 0; t < this.tasks; t++) sum += this.progress[t] as number;
    return this.tasks === 0 ? 1 : sum / this.tasks;
  }
}
