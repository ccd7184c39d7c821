package okta

import (
	"bufio"
	"go/ast"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// droppedNote is the sentence the doc comment of a method carries when Okta's current API description no longer
// lists its operation.
const droppedNote = "Okta's current API description no longer lists this operation"

// specChange is a row of testdata/spec-changes.tsv: an operation of the 5.1.0 description that Okta's current
// description no longer lists ("dropped", by method and path, parameter names aside), or one the current
// description marks deprecated ("deprecated").
type specChange struct {
	ID, Method, Path, Change string
}

func (c specChange) String() string {
	return c.Change + " " + c.ID + " " + operationKey(c.Method, c.Path)
}

func loadSpecChanges(t testing.TB) []specChange {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "spec-changes.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []specChange
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		cells := strings.Split(sc.Text(), "\t")
		if first {
			continue
		}
		if len(cells) != 4 || (cells[3] != "dropped" && cells[3] != "deprecated") {
			t.Fatalf("spec-changes.tsv: bad row %q", sc.Text())
		}
		out = append(out, specChange{cells[0], cells[1], cells[2], cells[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// methodDocs returns the doc comment (without directives) of every service method with an //okta:operation line,
// keyed by the operationKey of the operation, with the method's name ("Users.Create").
func methodDocs(t testing.TB) map[string][2]string {
	t.Helper()
	_, files := parseSource(t)
	out := map[string][2]string{}
	for _, f := range files {
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Recv.List) != 1 || fn.Doc == nil {
				continue
			}
			svc, ok := strings.CutSuffix(receiverName(fn.Recv.List[0].Type), "Service")
			if !ok {
				continue
			}
			for _, c := range fn.Doc.List {
				if fields := strings.Fields(strings.TrimPrefix(c.Text, "//okta:operation ")); strings.HasPrefix(c.Text, "//okta:operation ") && len(fields) == 3 {
					out[operationKey(fields[1], fields[2])] = [2]string{svc + "." + fn.Name.Name, fn.Doc.Text()}
				}
			}
		}
	}
	return out
}

// TestDroppedAndDeprecatedOperationsSaySo: every operation of testdata/spec-changes.tsv keeps its method, and the
// method's doc comment says what happened: a "Deprecated: " paragraph (Go's convention, which editors and
// staticcheck read) where Okta deprecates the operation, the sentence droppedNote where Okta's current
// description no longer lists it.
func TestDroppedAndDeprecatedOperationsSaySo(t *testing.T) {
	t.Parallel()
	docs := methodDocs(t)
	changes := loadSpecChanges(t)
	if len(changes) == 0 {
		t.Fatal("spec-changes.tsv is empty")
	}
	for _, c := range changes {
		m, ok := docs[operationKey(c.Method, c.Path)]
		if !ok {
			t.Errorf("%s: no method implements it any more; keep it working", c)
			continue
		}
		name, doc := m[0], m[1]
		deprecated := strings.HasPrefix(doc, "Deprecated: ") || strings.Contains(doc, "\n\nDeprecated: ")
		switch c.Change {
		case "deprecated":
			if !deprecated {
				t.Errorf("%s (%s): the doc comment has no \"Deprecated: \" paragraph", name, c)
			}
		case "dropped":
			if !strings.Contains(strings.Join(strings.Fields(doc), " "), droppedNote) {
				t.Errorf("%s (%s): the doc comment does not say %q", name, c, droppedNote)
			}
		}
	}
}

// specOperations reads the operations of an OpenAPI document: operationKey → the operation's ID, method, path
// and whether it is deprecated.
func specOperations(t testing.TB, path string) map[string]specChange {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths map[string]map[string]yaml.Node `yaml:"paths"`
	}
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	out := map[string]specChange{}
	for p, item := range doc.Paths {
		for method, node := range item {
			method = strings.ToUpper(method)
			if !slices.Contains([]string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}, method) {
				continue
			}
			var op struct {
				OperationID string `yaml:"operationId"`
				Deprecated  bool   `yaml:"deprecated"`
			}
			if err := node.Decode(&op); err != nil {
				t.Fatalf("%s: %s %s: %v", path, method, p, err)
			}
			c := specChange{ID: op.OperationID, Method: method, Path: p}
			if op.Deprecated {
				c.Change = "deprecated"
			}
			out[operationKey(method, p)] = c
		}
	}
	return out
}

// TestSpecChangesMatchSpecs recomputes testdata/spec-changes.tsv from the two API descriptions: the 5.1.0
// operations (testdata/operations.tsv, made from management.yaml) and Okta's current description
// (testdata/spec/current.yaml). Dropped are the operations of 5.1.0 whose method and path (parameter names
// aside) current.yaml does not have, deprecated those current.yaml marks deprecated. A new description that
// drops or deprecates more fails here until the table, and so the methods' doc comments, follow.
func TestSpecChangesMatchSpecs(t *testing.T) {
	t.Parallel()
	cur := specOperations(t, filepath.Join("testdata", "spec", "current.yaml"))
	want := map[string]bool{}
	for _, op := range loadOperations(t) {
		if _, ok := cur[operationKey(op.Method, op.Path)]; !ok {
			dropped := specChange{ID: op.ID, Method: op.Method, Path: op.Path, Change: "dropped"}
			want[dropped.String()] = true
		}
	}
	for _, op := range cur {
		if op.Change == "deprecated" {
			want[op.String()] = true
		}
	}
	got := map[string]bool{}
	for _, c := range loadSpecChanges(t) {
		got[c.String()] = true
		if !want[c.String()] {
			t.Errorf("spec-changes.tsv has %s, which the descriptions do not say", c)
		}
	}
	for w := range want {
		if !got[w] {
			t.Errorf("spec-changes.tsv lacks %s", w)
		}
	}
}
