package okta

import (
	"go/ast"
	"os"
	"reflect"
	"regexp"
	"testing"
)

// TestDocsNameRealIdentifiers keeps the prose honest after renames: every okta.Name the README, CONTRIBUTING.md
// and the package doc mention is an exported identifier of this package, and every client.Service.Method they
// call exists.
func TestDocsNameRealIdentifiers(t *testing.T) {
	t.Parallel()
	declared := map[string]bool{}
	_, files := parseSource(t)
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					declared[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						declared[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range s.Names {
							declared[n.Name] = true
						}
					}
				}
			}
		}
	}
	ident := regexp.MustCompile(`\bokta\.([A-Z]\w*)`)
	call := regexp.MustCompile(`\bclient\.([A-Z]\w*)\.([A-Z]\w*)`)
	client := reflect.TypeFor[Client]()
	for _, doc := range []string{"README.md", "CONTRIBUTING.md", "doc.go"} {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ident.FindAllStringSubmatch(string(b), -1) {
			if !declared[m[1]] {
				t.Errorf("%s names okta.%s, which the package does not declare", doc, m[1])
			}
		}
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			field, ok := client.FieldByName(m[1])
			if !ok {
				t.Errorf("%s calls client.%s.%s: Client has no field %s", doc, m[1], m[2], m[1])
				continue
			}
			if _, ok := field.Type.MethodByName(m[2]); !ok {
				t.Errorf("%s calls client.%s.%s: %s has no method %s", doc, m[1], m[2], field.Type, m[2])
			}
		}
	}
}
