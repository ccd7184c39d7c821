package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerateWritesMethodsForModelsWithExtra(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := `package okta

type Extra map[string]any

// Model has Extra.
type Model struct {
	ID    string ` + "`json:\"id,omitzero\"`" + `
	Extra Extra  ` + "`json:\"-\"`" + `
}

// Plain has none.
type Plain struct{ ID string }

// Generic is skipped: the generated methods cannot name its type parameters.
type Generic[T any] struct{ Extra Extra }
`
	if err := os.WriteFile(filepath.Join(dir, "models.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "models_test.go"), []byte("package okta\n\ntype InTest struct{ Extra Extra }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, want := range []string{"func (v *Model) UnmarshalJSON(b []byte) error", "func (v Model) MarshalJSON() ([]byte, error)", "DO NOT EDIT"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, unwanted := range []string{"Plain", "Generic", "InTest"} {
		if strings.Contains(got, unwanted) {
			t.Errorf("output has methods for %s:\n%s", unwanted, got)
		}
	}
}

func TestZZJSONIsCurrent(t *testing.T) {
	t.Parallel()
	want, err := Generate(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "..", "..", output))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("zz_json.go is stale: run go generate ./...")
	}
}
