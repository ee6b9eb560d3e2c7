using System.CommandLine;
using Directives.Cli;

var corpus = new Option<string>("--corpus") { Description = "Folder of documents to ingest (default: corpus/ at the repository root).", DefaultValueFactory = _ => "corpus" };
var index = new Option<string>("--index") { Description = "Folder of the index (default: index/ at the repository root).", DefaultValueFactory = _ => "index" };
var json = new Option<bool>("--json") { Description = "Print the raw JSON response." };
var query = new Argument<string>("query") { Description = "What to search for: words (with or without diacritics), \"a phrase\", a citation such as 28-CT/TW." };
var size = new Option<int>("--size") { Description = "How many hits to show.", DefaultValueFactory = _ => 10 };

var ingest = new Command("ingest", "Ingest the corpus into the index (incremental: unchanged files are skipped).") { corpus, index };
ingest.SetAction(r => IngestCommand.Run(r.GetValue(corpus)!, r.GetValue(index)!));

var search = new Command("search", "Search the index.") { query, index, json, size };
search.SetAction(r => SearchCommand.Run(r.GetValue(query)!, r.GetValue(index)!, r.GetValue(size), r.GetValue(json)));

var files = new Argument<string[]>("files") { Description = "DOCX, PDF, HTML or TXT files.", Arity = ArgumentArity.OneOrMore };
var extract = new Command("extract", "Print what each file cites, states and sets (references, relations, targets) as JSON Lines.") { files };
extract.SetAction(r => ExtractCommand.Run(r.GetValue(files)!));

var gold = new Option<string>("--gold") { Description = "Gold file shaped like ../shared/gold/seeds.json.", Required = true };
var texts = new Option<string>("--texts") { Description = "Folder holding the files the gold names.", Required = true };
var eval = new Command("eval", "Score extract against a gold file: precision, recall and F1, with every miss and false hit.") { gold, texts };
eval.SetAction(r => EvalCommand.Run(r.GetValue(gold)!, r.GetValue(texts)!));

var file = new Argument<string>("file") { Description = "A DOCX, PDF, HTML or TXT file." };
var read = new Command("read", "Print the text a file yields, as ingestion reads it (warnings and header lines on stderr).") { file };
read.SetAction(r => ReadCommand.Run(r.GetValue(file)!));

var citation = new Argument<string>("citation") { Description = "The document to start from: 28-CT/TW, \"ct 28\", \"Nghị quyết Trung ương 4 khóa XII\"." };
var depth = new Option<int>("--depth") { Description = "How many levels below the document.", DefaultValueFactory = _ => 5 };
var organization = new Option<string?>("--organization") { Description = "Scope for a local number: \"Tỉnh ủy Trà Vinh\" or \"Trà Vinh\"." };
var graph = new Command("graph", "Print the documents that implement, guide or continue a document, as an indented tree.") { citation, depth, index, organization };
graph.SetAction(r => GraphCommand.Run(r.GetValue(citation)!, r.GetValue(index)!, r.GetValue(depth), r.GetValue(organization)));

var draft = new Argument<string>("file") { Description = "The draft: DOCX, TXT (or PDF, HTML)." };
var docxOut = new Option<string?>("--docx-out") { Description = "Write the DOCX draft back with a comment on each finding." };
var referencesList = new Option<bool>("--references-list") { Description = "Append the reference list (Tài liệu trích dẫn) to the written DOCX." };
var check = new Command("check", "Check the references of a draft: wrong dates, bodies, type words, replaced documents, house style; and its sums and percentages.")
    { draft, docxOut, referencesList, json, index, organization };
check.SetAction(r => CheckCommand.Run(r.GetValue(draft)!, r.GetValue(index)!, r.GetValue(docxOut), r.GetValue(referencesList), r.GetValue(json), r.GetValue(organization)));

var root = new RootCommand("Directives: search and document processing over Vietnamese party documents.") { ingest, search, extract, eval, read, graph, check };
return root.Parse(args).Invoke();
