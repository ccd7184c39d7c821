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

// operation is one row of testdata/operations.tsv: the 535 operations of the Okta Management API 5.1.0.
type operation struct {
	ID, Tag, Method, Path string
}

func loadOperations(t testing.TB) map[string]operation {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "operations.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ops := map[string]operation{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for first := true; sc.Scan(); first = false {
		if first {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 {
			t.Fatalf("operations.tsv: short row %q", sc.Text())
		}
		ops[cols[0]] = operation{ID: cols[0], Tag: cols[1], Method: cols[2], Path: cols[3]}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ops
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

// TestOperationCoverage checks every //okta:operation directive against the pinned list of operations and
// reports which operations have no method yet.
func TestOperationCoverage(t *testing.T) {
	t.Parallel()
	ops := loadOperations(t)
	if len(ops) != 535 {
		t.Fatalf("operations.tsv has %d operations, want 535", len(ops))
	}
	covered := map[string]directive{}
	for _, d := range parseDirectives(t, ".", t.Errorf) {
		op, ok := ops[d.ID]
		switch {
		case !ok:
			t.Errorf("%s: %s.%s names unknown operation %q", d.Pos, d.Service, d.Method, d.ID)
			continue
		case op.Method != d.operation.Method || op.Path != d.Path:
			t.Errorf("%s: %s is %s %s, directive says %s %s", d.Pos, d.ID, op.Method, op.Path, d.operation.Method, d.Path)
		}
		if prev, dup := covered[d.ID]; dup {
			t.Errorf("%s: %s is implemented twice: by %s.%s and %s.%s", d.Pos, d.ID, prev.Service, prev.Method, d.Service, d.Method)
		}
		covered[d.ID] = d
	}
	var missing []string
	for id, op := range ops {
		if _, ok := covered[id]; !ok {
			missing = append(missing, op.Tag+" "+id)
		}
	}
	slices.Sort(missing)
	t.Logf("operations covered: %d/%d", len(covered), len(ops))
	if testing.Verbose() {
		for _, m := range missing {
			t.Logf("missing: %s", m)
		}
	}
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
