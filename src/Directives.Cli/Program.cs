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

var issuer = new Option<string?>("--issuer") { Description = "Issuing body, part of its name: \"Tỉnh ủy Hòa Bình\", \"ban bi thu\"." };
var assignee = new Option<string?>("--assignee") { Description = "A lead or supporting body: \"Ban Tổ chức\"." };
var status = new Option<string?>("--status") { Description = "met, not_met, overdue, due_soon, pending or ongoing." };
var kind = new Option<string?>("--kind") { Description = "target or task." };
var documentOption = new Option<string?>("--document") { Description = "The setting document: its id or number (03-NQ/TU)." };
var asOf = new Option<string?>("--as-of") { Description = "Status on this day, YYYY-MM-DD (default today)." };
var findingsOption = new Option<bool>("--findings") { Description = "Print the arithmetic findings of reports instead." };
var obligations = new Command("obligations", "The register of targets and tasks: who must do what by when, and its status.")
    { index, issuer, organization, assignee, status, kind, documentOption, asOf, json, findingsOption };
obligations.SetAction(r => ObligationsCommand.Run(r.GetValue(index)!, new Directives.Search.Obligations.ObligationFilter
{
    Issuer = r.GetValue(issuer), Organization = r.GetValue(organization), Assignee = r.GetValue(assignee),
    Status = r.GetValue(status), Kind = r.GetValue(kind), Document = r.GetValue(documentOption),
}, r.GetValue(asOf), r.GetValue(json), r.GetValue(findingsOption)));

var root = new RootCommand("Directives: search and document processing over Vietnamese party documents.") { ingest, search, extract, eval, read, graph, obligations, check };
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    return CommandErrors.Report(e);
}
