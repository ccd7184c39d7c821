package okta

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// specParameter is a parameter of an OpenAPI operation, or a $ref to one in components.parameters.
type specParameter struct {
	Ref  string `yaml:"$ref"`
	Name string `yaml:"name"`
	In   string `yaml:"in"`
}

// specOperation is the part of an OpenAPI operation the drift check reads.
type specOperation struct {
	OperationID string          `yaml:"operationId"`
	Parameters  []specParameter `yaml:"parameters"`
}

// specPathItem is an OpenAPI path item: parameters shared by its operations, then one operation per method.
type specPathItem struct {
	Parameters []specParameter `yaml:"parameters"`
	Get        *specOperation  `yaml:"get"`
	Post       *specOperation  `yaml:"post"`
	Put        *specOperation  `yaml:"put"`
	Patch      *specOperation  `yaml:"patch"`
	Delete     *specOperation  `yaml:"delete"`
}

// specDocument is the part of an OpenAPI document the drift check reads.
type specDocument struct {
	Paths      map[string]specPathItem `yaml:"paths"`
	Components struct {
		Parameters map[string]specParameter `yaml:"parameters"`
	} `yaml:"components"`
}

// specPathParam matches a path parameter, written {name} or, in one 5.1.0 path, ${name}.
var specPathParam = regexp.MustCompile(`\$?\{[^}]*\}`)

// operationKey identifies an operation across the two documents, which sometimes name path parameters
// differently (/api/v1/users/{id} and /api/v1/users/{userId}).
func operationKey(method, path string) string {
	return strings.ToUpper(method) + " " + specPathParam.ReplaceAllString(path, "{}")
}

// loadCurrentParameters reads testdata/spec/current.yaml (Okta's current description of the Management API, a
// copy of ../shared/spec/current.yaml) and returns, by operationKey, the query and header parameters of each
// operation, with $refs resolved and path-level parameters included.
func loadCurrentParameters(t testing.TB) map[string][]specParameter {
	t.Helper()
	params, err := currentParameters()
	if err != nil {
		t.Fatal(err)
	}
	return params
}

// currentParameters reads the document once for all the tests that need it; callers must not change the map.
var currentParameters = sync.OnceValues(func() (map[string][]specParameter, error) {
	data, err := os.ReadFile(filepath.Join("testdata", "spec", "current.yaml"))
	if err != nil {
		return nil, err
	}
	var doc specDocument
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("current.yaml: %w", err)
	}
	out := map[string][]specParameter{}
	for path, item := range doc.Paths {
		for method, op := range map[string]*specOperation{"GET": item.Get, "POST": item.Post, "PUT": item.Put, "PATCH": item.Patch, "DELETE": item.Delete} {
			if op == nil {
				continue
			}
			var params []specParameter
			for _, p := range slices.Concat(item.Parameters, op.Parameters) {
				if p.Ref != "" {
					name, ok := strings.CutPrefix(p.Ref, "#/components/parameters/")
					ref, found := doc.Components.Parameters[name]
					if !ok || !found {
						return nil, fmt.Errorf("current.yaml: %s %s: unresolved parameter %s", method, path, p.Ref)
					}
					p = ref
				}
				if p.In == "query" || p.In == "header" {
					params = append(params, p)
				}
			}
			out[operationKey(method, path)] = params
		}
	}
	return out, nil
})

// currentQueryParams returns, by the operation ID of 5.1.0 (testdata/operations.tsv), the query parameters
// current.yaml gives each operation that both documents have.
func currentQueryParams(t testing.TB) map[string][]string {
	t.Helper()
	current := loadCurrentParameters(t)
	out := map[string][]string{}
	for _, op := range loadOperations(t) {
		for _, p := range current[operationKey(op.Method, op.Path)] {
			if p.In == "query" {
				out[op.ID] = append(out[op.ID], p.Name)
			}
		}
	}
	return out
}
