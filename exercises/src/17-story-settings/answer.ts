/** Where the story goes, how much it samples, and which node the question is about. */
export interface StoryRequest {
  path: string;
  sampleRows: number;
  node: string;
}

/** A `story:` block, in the YAML's own keys. */
export interface StoryBlock {
  connection: string;
  path: string;
  max_sample_rows: number;
  formats: Array<'md' | 'html' | 'json'>;
}

/** What the exercise gives you: a run with your story settings, and a reader of the files it wrote. */
export interface StoryTools {
  run(story: StoryBlock): Promise<{ status: string; storyPath?: string }>;
  readText(file: string): Promise<string>;
}

/** Runs the pipeline with a JSON story where asked, and reads the rows of `request.node` back from it. */
export async function storyFact(request: StoryRequest, tools: StoryTools): Promise<number> {
  // BEGIN SOLUTION
  const results = await tools.run({ connection: 'out', path: request.path, max_sample_rows: request.sampleRows, formats: ['json'] });
  if (results.storyPath === undefined) throw new Error('the run wrote no story');
  const story = JSON.parse(await tools.readText(results.storyPath)) as { nodeResults: Array<{ name: string; rowsOut?: number }> };
  const node = story.nodeResults.find((n) => n.name === request.node);
  if (node?.rowsOut === undefined) throw new Error(`the story has no row count for "${request.node}"`);
  return node.rowsOut;
  // END SOLUTION
}
