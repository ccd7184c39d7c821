package okta

import (
	"go/ast"
	"go/token"
	"reflect"
	"strings"
	"testing"
)

// TestModelsAreLossless checks, on the package's source, the two rules that keep every model lossless: an
// exported struct with JSON fields carries `Extra Extra` (so decoding keeps what it does not type, and encoding
// writes it back), and every JSON field is omitzero (so a request sends only what the caller set and a round
// trip adds no member Okta did not send). Structs embedded in models (ApplicationBase, PolicyBase, ...) hold
// common fields and must not have an Extra of their own, since its methods would shadow the outer model's.
func TestModelsAreLossless(t *testing.T) {
	t.Parallel()
	notModels := map[string]bool{"Error": true, "ErrorCause": true} // decoded from error bodies, never sent
	fset, files := parseSource(t)
	type model struct {
		pos             token.Position
		json, extra     bool
		missingOmitzero []string
	}
	models := map[string]model{}
	embedded := map[string]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return false
			}
			m := model{pos: fset.Position(ts.Pos())}
			for _, field := range st.Fields.List {
				if len(field.Names) == 0 {
					if id, ok := field.Type.(*ast.Ident); ok {
						embedded[id.Name] = true
					}
					continue
				}
				if field.Tag == nil {
					continue
				}
				tag, ok := reflect.StructTag(strings.Trim(field.Tag.Value, "`")).Lookup("json")
				switch {
				case !ok:
				case tag == "-":
					m.extra = m.extra || (field.Names[0].Name == "Extra" && isIdent(field.Type, "Extra"))
				default:
					m.json = true
					if !strings.Contains(tag, ",omitzero") {
						m.missingOmitzero = append(m.missingOmitzero, field.Names[0].Name)
					}
				}
			}
			if ts.Name.IsExported() && m.json && !notModels[ts.Name.Name] {
				models[ts.Name.Name] = m
			}
			return false
		})
	}
	if len(models) < 500 {
		t.Fatalf("found only %d models: is the parser looking at the package?", len(models))
	}
	for name, m := range models {
		switch {
		case embedded[name] && m.extra:
			t.Errorf("%s: %s is embedded in other models and must not have an Extra of its own", m.pos, name)
		case !embedded[name] && !m.extra:
			t.Errorf("%s: %s has JSON fields but no `Extra Extra `json:\"-\"``: it would drop what it does not type", m.pos, name)
		}
		if len(m.missingOmitzero) > 0 {
			t.Errorf("%s: %s fields without omitzero: %v", m.pos, name, m.missingOmitzero)
		}
	}
	t.Logf("%d models checked", len(models))
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
