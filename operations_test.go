package okta

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// operation is one row of an operations table: testdata/operations.tsv (the 535 operations of the Okta
// Management API 5.1.0) or testdata/operations-current.tsv (the 203 operations of Okta's current description
// that 5.1.0 does not have).
type operation struct {
	ID, Tag, Method, Path string
}

// loadOperations returns the operations of testdata/operations.tsv, the 5.1.0 table.
func loadOperations(t testing.TB) map[string]operation {
	t.Helper()
	return loadOperationTable(t, "operations.tsv")
}

// loadCurrentOperations returns the operations of testdata/operations-current.tsv, those Okta added after 5.1.0.
func loadCurrentOperations(t testing.TB) map[string]operation {
	t.Helper()
	return loadOperationTable(t, "operations-current.tsv")
}

func loadOperationTable(t testing.TB, name string) map[string]operation {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ops := map[string]operation{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for first := true; sc.Scan(); first = false {
		if first {
			continue // the header row: operation_id, tag, method, path, ...
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 {
			t.Fatalf("%s: short row %q", name, sc.Text())
		}
		ops[cols[0]] = operation{ID: cols[0], Tag: cols[1], Method: cols[2], Path: cols[3]}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ops
}

// checkCalledCurrentOperations is checkCalledOperations for the operations of operations-current.tsv.
func checkCalledCurrentOperations(t *testing.T, calls []apiCall, tags ...string) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range calls {
		seen[c.op] = true
	}
	for _, op := range loadCurrentOperations(t) {
		if slices.Contains(tags, op.Tag) && !seen[op.ID] {
			t.Errorf("no request test for %s (%s)", op.ID, op.Tag)
		}
	}
}

// directive is an //okta:operation line found on a service method.
type directive struct {
	operation
	Service, Method string // the Go receiver type and method name
	Pos             token.Position
}

// parseDirectives reads the service methods of the package in dir and their //okta:operation directives. It reports
// problems (malformed directives, exported service methods without one) through errf.
func parseDirectives(t testing.TB, dir string, errf func(format string, args ...any)) []directive {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []directive
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 {
				continue
			}
			recv := receiverName(fn.Recv.List[0].Type)
			if !strings.HasSuffix(recv, "Service") || !fn.Name.IsExported() {
				continue
			}
			var found []directive
			if fn.Doc != nil {
				for _, c := range fn.Doc.List {
					text, ok := strings.CutPrefix(c.Text, "//okta:operation")
					if !ok {
						continue
					}
					fields := strings.Fields(text)
					pos := fset.Position(c.Pos())
					if len(fields) != 3 || !strings.HasPrefix(c.Text, "//okta:operation ") {
						errf("%s: malformed directive %q: want //okta:operation <operationId> <METHOD> <path>", pos, c.Text)
						continue
					}
					found = append(found, directive{
						operation: operation{ID: fields[0], Method: fields[1], Path: fields[2]},
						Service:   recv, Method: fn.Name.Name, Pos: pos,
					})
				}
			}
			// Iterator variants (ListIter, ...) share the directive of their page method.
			if len(found) == 0 && !strings.HasSuffix(fn.Name.Name, "Iter") {
				errf("%s: %s.%s has no //okta:operation directive", fset.Position(fn.Pos()), recv, fn.Name.Name)
			}
			out = append(out, found...)
		}
	}
	return out
}

func receiverName(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// TestOperationCoverage checks every //okta:operation directive against the two pinned tables of operations
// (5.1.0's and the ones Okta added since) and requires each operation of both to have exactly one method,
// reporting per table which have none.
func TestOperationCoverage(t *testing.T) {
	t.Parallel()
	tables := []struct {
		name string
		ops  map[string]operation
		want int
	}{
		{"operations.tsv", loadOperations(t), 535},
		{"operations-current.tsv", loadCurrentOperations(t), 203},
	}
	// An operation is its ID, method and path: Okta reused the ID addResourceSetResource for a new operation
	// (POST) after renaming the 5.1.0 one (PATCH, addResourceSetResources today).
	key := operationIdentity
	all, byID := map[string]operation{}, map[string][]operation{}
	for _, tb := range tables {
		if len(tb.ops) != tb.want {
			t.Fatalf("%s has %d operations, want %d", tb.name, len(tb.ops), tb.want)
		}
		for _, op := range tb.ops {
			if _, dup := all[key(op)]; dup {
				t.Fatalf("%s is in both tables", key(op))
			}
			all[key(op)] = op
			byID[op.ID] = append(byID[op.ID], op)
		}
	}
	covered := map[string]directive{}
	for _, d := range parseDirectives(t, ".", t.Errorf) {
		k := key(d.operation)
		if _, ok := all[k]; !ok {
			if ops, ok := byID[d.ID]; ok {
				t.Errorf("%s: %s is %s %s, directive says %s %s", d.Pos, d.ID, ops[0].Method, ops[0].Path, d.operation.Method, d.Path)
			} else {
				t.Errorf("%s: %s.%s names unknown operation %q", d.Pos, d.Service, d.Method, d.ID)
			}
			continue
		}
		if prev, dup := covered[k]; dup {
			t.Errorf("%s: %s is implemented twice: by %s.%s and %s.%s", d.Pos, d.ID, prev.Service, prev.Method, d.Service, d.Method)
		}
		covered[k] = d
	}
	total, done := 0, 0
	for _, tb := range tables {
		var missing []string
		for id, op := range tb.ops {
			if _, ok := covered[key(op)]; ok {
				continue
			}
			missing = append(missing, op.Tag+" "+id)
		}
		slices.Sort(missing)
		n := len(tb.ops) - len(missing)
		total, done = total+len(tb.ops), done+n
		t.Logf("%s: operations covered: %d/%d", tb.name, n, len(tb.ops))
		for _, m := range missing {
			t.Errorf("%s: no method for %s", tb.name, m)
		}
	}
	t.Logf("operations covered: %d/%d", done, total)
}

// TestParseDirectivesRejectsMalformed proves the coverage test catches what it should, on a package written
// for the purpose.
func TestParseDirectivesRejectsMalformed(t *testing.T) {
	t.Parallel()
	src := `package okta
type FooService service
// Bad has a directive with a missing field.
//
//okta:operation getFoo GET
func (s *FooService) Bad() {}
// Missing has none.
func (s *FooService) Missing() {}
// Good is fine.
//
//okta:operation getFoo GET /api/v1/foo
func (s *FooService) Good() {}
// GoodIter shares Good's directive.
func (s *FooService) GoodIter() {}
`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "foo.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var problems []string
	ds := parseDirectives(t, dir, func(format string, args ...any) { problems = append(problems, format) })
	if len(problems) != 3 {
		t.Errorf("problems = %q, want 3 (Bad malformed and so without a directive, Missing without one)", problems)
	}
	if len(ds) != 1 || ds[0].ID != "getFoo" || ds[0].Method != "Good" {
		t.Errorf("directives = %+v, want only Good's", ds)
	}
}
