package oktatest

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSeeds checks that seeds/ holds, for every singleton the generic store answers, the first payload recorded
// from Okta for its GET in the SDK's testdata (go test -run TestSeeds -update rewrites it).
func TestSeeds(t *testing.T) {
	t.Parallel()
	want := map[string][]byte{}
	for id, g := range genOps {
		if g.kind != genSingleGet || hooks[id] != nil {
			continue
		}
		files, err := filepath.Glob(filepath.Join("..", "testdata", "*", id, "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		// Recorded payloads first, then the API reference's examples.
		slices.SortStableFunc(files, func(a, b string) int {
			return boolCmp(strings.HasPrefix(filepath.Base(a), "spec."), strings.HasPrefix(filepath.Base(b), "spec."))
		})
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
				want[id+".json"] = data
				break
			}
		}
	}
	if len(want) == 0 {
		t.Fatal("no recorded payloads for singletons in ../testdata")
	}
	if *update {
		old, _ := filepath.Glob(filepath.Join("seeds", "*.json"))
		for _, f := range old {
			os.Remove(f)
		}
		for name, data := range want {
			if err := os.WriteFile(filepath.Join("seeds", name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	got := map[string][]byte{}
	entries, err := seeds.ReadDir("seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, _ := seeds.ReadFile("seeds/" + e.Name())
		got[e.Name()] = data
	}
	for name := range want {
		if !bytes.Equal(got[name], want[name]) {
			t.Errorf("seeds/%s is stale: run go test ./oktatest -run TestSeeds -update", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("seeds/%s is not a singleton's recorded payload: run go test ./oktatest -run TestSeeds -update", name)
		}
	}
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
