import {build} from 'esbuild';
await build({entryPoints:['/work/main/src/quiz/generate.ts'],bundle:true,platform:'node',format:'esm',outfile:'/tmp/gen-dbg.mjs',logLevel:'error'});
const {generateQuiz}=await import('/tmp/gen-dbg.mjs');
import {readFileSync} from 'node:fs';
const q=generateQuiz(readFileSync(process.argv[2],'utf8'),{count:Number(process.argv[3]??8)});
for (const x of q.questions) console.log(x.prompt,'=>',x.choices.map(c=>(c.id===x.answer?'*':'')+c.text).join(' | '));
