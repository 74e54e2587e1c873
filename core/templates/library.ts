import { GaojiangError } from '../errors.js';
import type { FileSystemPort } from '../ports/file-system.js';
import { parseTemplate } from './load.js';
import type { Template } from './schema.js';

export interface TemplateEntry {
  template: Template;
  builtIn: boolean;
}

/**
 * The templates a user can pick: the built-in ones (read-only, loaded by the
 * caller) and the user's own, one `<id>.json` each in `folder`.
 */
export class TemplateLibrary {
  constructor(
    private readonly files: FileSystemPort,
    readonly folder: string,
    private readonly builtIns: readonly Template[],
  ) {}

  async list(): Promise<{ templates: TemplateEntry[]; problems: string[] }> {
    const problems: string[] = [];
    const userTemplates: Template[] = [];
    for (const file of await this.files.listFiles(this.folder)) {
      if (!file.name.endsWith('.json')) continue;
      try {
        userTemplates.push(parseTemplate(file.name, await this.files.readText(file.path)));
      } catch (error) {
        problems.push(error instanceof GaojiangError ? error.userMessage : `${file.name}：无法读取`);
      }
    }
    userTemplates.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return {
      templates: [
        ...this.builtIns.map((template) => ({ template, builtIn: true })),
        ...userTemplates.filter((t) => !this.isBuiltIn(t.id)).map((template) => ({ template, builtIn: false })),
      ],
      problems,
    };
  }

  async get(id: string): Promise<TemplateEntry> {
    const builtIn = this.builtIns.find((t) => t.id === id);
    if (builtIn) return { template: builtIn, builtIn: true };
    const text = await this.files.readText(this.pathOf(id)).catch((error: unknown) => {
      if (error instanceof GaojiangError && error.code === 'file-not-found') {
        throw new GaojiangError('file-not-found', `找不到模板“${id}”。`, `template ${id} not found`);
      }
      throw error;
    });
    return { template: parseTemplate(`${id}.json`, text), builtIn: false };
  }

  async save(template: Template): Promise<void> {
    if (this.isBuiltIn(template.id)) {
      throw new GaojiangError('invalid-input', '内置模板不能修改，请先复制一份再编辑。', `refused to overwrite built-in ${template.id}`);
    }
    await this.files.writeTextAtomic(this.pathOf(template.id), `${JSON.stringify(template, null, 2)}\n`);
  }

  async remove(id: string): Promise<void> {
    if (this.isBuiltIn(id)) {
      throw new GaojiangError('invalid-input', '内置模板不能删除。', `refused to delete built-in ${id}`);
    }
    await this.files.remove(this.pathOf(id));
  }

  /** Saves `template` under an id no other template has (`id`, `id-2`, `id-3` …). */
  async saveAsNew(template: Template): Promise<TemplateEntry> {
    const taken = new Set((await this.list()).templates.map((entry) => entry.template.id));
    let id = template.id;
    for (let n = 2; taken.has(id); n++) id = `${template.id.replace(/-\d+$/, '')}-${n}`;
    const saved = { ...template, id };
    await this.save(saved);
    return { template: saved, builtIn: false };
  }

  private isBuiltIn(id: string): boolean {
    return this.builtIns.some((t) => t.id === id);
  }

  private pathOf(id: string): string {
    // Ids are restricted by the schema to [a-z0-9-], so they are safe file names.
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      throw new GaojiangError('invalid-input', '模板编号无效。', `bad template id ${id}`);
    }
    return this.files.join(this.folder, `${id}.json`);
  }
}
