/**
 * Replace a user's file without ever leaving half of it: the new text goes to
 * a temporary file beside the target, which is then renamed over it (atomic
 * on one file system). Used by `--fix` and by the language server's "add to
 * dictionary", which both write files a person owns, so both keep what the
 * person set up: a symlink is followed (the file it points to is rewritten,
 * the link stays), the file's mode is kept (and its owner and group where
 * the system allows), and a read-only file is refused rather than replaced
 * (a rename needs only the folder to be writable), as is one with other
 * hard links (they would go on naming the old text).
 */
import {randomBytes} from 'node:crypto'
import {constants, promises as fs, type Stats} from 'node:fs'
import path from 'node:path'

/** A file newslint will not replace: read-only, or known by other names too. */
export class RefusedWriteError extends Error {}

async function statIfExists(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Give the new file the old one's owner and group where the system lets us
 * (root may; an owner may pick any group they are in), so that a file a desk
 * shares stays writable by the desk. Where it does not, the new file is ours,
 * with the old mode.
 */
async function keepOwnership(file: string, existing: Stats): Promise<void> {
  if (process.platform === 'win32') return
  await fs.chown(file, existing.uid, existing.gid).catch(() => fs.chown(file, -1, existing.gid)).catch(() => undefined)
}

/** The file a write to `file` should change: the target of a symlink, or `file` itself when it does not exist yet. */
export async function writeTargetOf(file: string): Promise<string> {
  try {
    return await fs.realpath(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return file
    throw error
  }
}

/**
 * Write `text` as the new content of `file` (see above). `stillCurrent`, when
 * given, is asked once the new text is on disk, just before the rename:
 * returning false abandons the write (the file changed meanwhile), and the
 * result is false.
 */
export async function replaceFileAtomically(file: string, text: string, stillCurrent?: (target: string) => Promise<boolean>): Promise<boolean> {
  const target = await writeTargetOf(file)
  const existing = await statIfExists(target)
  if (existing) {
    // root may write anything; the owner's write bit still says what the person meant.
    const writable = (existing.mode & 0o200) !== 0 && (await fs.access(target, constants.W_OK).then(() => true, () => false))
    if (!writable) throw new RefusedWriteError(`\`${file}\` is read-only: not written`)
    // A rename gives the name a new file: the file's other names would keep the old text.
    if (existing.nlink > 1) throw new RefusedWriteError(`\`${file}\` has other hard links, which would keep the old text: not written`)
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.newslint-${randomBytes(6).toString('hex')}.tmp`)
  try {
    await fs.writeFile(temporary, text, {flag: 'wx'})
    if (existing) {
      await fs.chmod(temporary, existing.mode)
      await keepOwnership(temporary, existing)
    }
    if (stillCurrent && !(await stillCurrent(target))) {
      await fs.rm(temporary, {force: true})
      return false
    }
    await fs.rename(temporary, target)
    return true
  } catch (error) {
    await fs.rm(temporary, {force: true})
    throw error
  }
}
