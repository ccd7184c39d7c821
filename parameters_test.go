package okta

import (
	"fmt"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
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
			out[operationKey(strings.ToUpper(method), path)] = params
		}
	}
	return out, nil
})

// parameterExceptions are the query and header parameters of current.yaml that no options field carries, each
// with the reason, keyed by "operationId in:name".
var parameterExceptions = map[string]string{
	// current.yaml lists listPolicyRules' limit on the create as well, a copy of the list's parameters: a create
	// does not page, and Okta ignores it.
	"createPolicyRule query:limit": "not a parameter of a create",
	// current.yaml puts the YubiKey token list's parameters on the path, so they reach the upload (a POST of one
	// seed) too; Okta reads none of them there.
	"uploadYubikeyOtpTokenSeed query:after":       "a list parameter on the upload",
	"uploadYubikeyOtpTokenSeed query:expand":      "a list parameter on the upload",
	"uploadYubikeyOtpTokenSeed query:filter":      "a list parameter on the upload",
	"uploadYubikeyOtpTokenSeed query:forDownload": "a list parameter on the upload",
	"uploadYubikeyOtpTokenSeed query:limit":       "a list parameter on the upload",
	"uploadYubikeyOtpTokenSeed query:sortBy":      "a list parameter on the upload",
	"uploadYubikeyOtpTokenSeed query:sortOrder":   "a list parameter on the upload",
	// forDownload=true makes Okta answer the list with a CSV file rather than JSON: a different operation in all
	// but path, which this typed list does not offer (Client.Do can fetch it).
	"listYubikeyOtpTokens query:forDownload": "answers CSV, not the typed list",
}

// optionsFields returns the query and header names an options struct carries: "query:name" for a `url` tag,
// "header:Name" (canonical case) for a `header` tag, embedded structs included.
func optionsFields(t reflect.Type) map[string]bool {
	names := map[string]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				walk(f.Type)
				continue
			}
			if !f.IsExported() {
				continue
			}
			if name := f.Tag.Get("url"); name != "" && name != "-" {
				names["query:"+name] = true
			}
			if name := f.Tag.Get("header"); name != "" && name != "-" {
				names["header:"+canonicalHeader(name)] = true
			}
		}
	}
	walk(t)
	return names
}

func canonicalHeader(name string) string { return http.CanonicalHeaderKey(name) }

// serviceTypes returns the service types of the Client by name (UsersService, ...).
func serviceTypes() map[string]reflect.Type {
	types := map[string]reflect.Type{}
	ct := reflect.TypeFor[Client]()
	for i := range ct.NumField() {
		ft := ct.Field(i).Type
		if ft.Kind() == reflect.Pointer && strings.HasSuffix(ft.Elem().Name(), "Service") {
			types[ft.Elem().Name()] = ft
		}
	}
	return types
}

// methodOptions returns the options struct type of a service method (the struct its last parameter points to),
// or nil if it takes none.
func methodOptions(m reflect.Method) reflect.Type {
	ft := m.Type
	if ft.NumIn() == 0 {
		return nil
	}
	last := ft.In(ft.NumIn() - 1)
	if last.Kind() == reflect.Pointer && last.Elem().Kind() == reflect.Struct && strings.HasSuffix(last.Elem().Name(), "Options") {
		return last.Elem()
	}
	return nil
}

// parameterProblems returns what is wrong with the options type opts (nil for a method without options) of the
// operation opID, which current.yaml gives the parameters want: a parameter that is neither a field of opts nor
// in parameterExceptions, or an exception that a field carries after all. It records the exceptions it uses in
// used.
func parameterProblems(opID string, opts reflect.Type, want []specParameter, used map[string]bool) []string {
	have := map[string]bool{}
	if opts != nil {
		have = optionsFields(opts)
	}
	var problems []string
	for _, p := range want {
		name := p.In + ":" + p.Name
		if p.In == "header" {
			name = "header:" + canonicalHeader(p.Name)
		}
		exception := opID + " " + p.In + ":" + p.Name
		_, excepted := parameterExceptions[exception]
		switch {
		case have[name] && excepted:
			problems = append(problems, fmt.Sprintf("%s is listed as an exception, but %s carries it", exception, opts.Name()))
		case have[name]:
		case excepted:
			used[exception] = true
		case opts == nil:
			problems = append(problems, fmt.Sprintf("current.yaml gives it %s parameter %q, and the method takes no options", p.In, p.Name))
		default:
			problems = append(problems, fmt.Sprintf("current.yaml gives it %s parameter %q, and %s has no field for it", p.In, p.Name, opts.Name()))
		}
	}
	return problems
}

// TestParameterDrift compares the SDK with Okta's current description: for every operation of current.yaml
// (those 5.1.0 also has, testdata/operations.tsv, and the newer ones), every query and header parameter current.yaml gives it must be
// a field of the options of the method that implements it (a `url` or `header` tag), or a listed exception.
func TestParameterDrift(t *testing.T) {
	t.Parallel()
	current := loadCurrentParameters(t)
	services := serviceTypes()
	methods := map[string]directive{}
	for _, d := range parseDirectives(t, ".", func(string, ...any) {}) {
		methods[operationKey(d.operation.Method, d.Path)] = d
	}
	used := map[string]bool{}
	checked, params := 0, 0
	var ops []operation
	for _, table := range []map[string]operation{loadOperations(t), loadCurrentOperations(t)} {
		ops = slices.AppendSeq(ops, maps.Values(table))
	}
	for _, op := range ops {
		want, ok := current[operationKey(op.Method, op.Path)]
		if !ok {
			continue // gone from current.yaml
		}
		d, ok := methods[operationKey(op.Method, op.Path)]
		if !ok {
			continue // TestOperationCoverage reports operations without a method
		}
		st, ok := services[d.Service]
		if !ok {
			t.Errorf("%s: %s is not a service of Client", d.Pos, d.Service)
			continue
		}
		m, ok := st.MethodByName(d.Method)
		if !ok {
			t.Errorf("%s: no method %s.%s", d.Pos, d.Service, d.Method)
			continue
		}
		opts := methodOptions(m)
		checked++
		params += len(want)
		for _, problem := range parameterProblems(op.ID, opts, want, used) {
			t.Errorf("%s: %s (%s %s), method %s.%s: %s", d.Pos, op.ID, op.Method, op.Path, d.Service, d.Method, problem)
		}
	}
	for e := range parameterExceptions {
		if !used[e] {
			t.Errorf("parameterExceptions lists %s, which current.yaml no longer asks for or an options field carries", e)
		}
	}
	if checked < 720 {
		t.Errorf("checked only %d operations", checked)
	}
	t.Logf("checked %d parameters of %d operations", params, checked)
}

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

// TestParameterProblems checks that the drift check catches what it is for: a parameter that no field carries,
// and a method without options.
func TestParameterProblems(t *testing.T) {
	t.Parallel()
	type fakeOptions struct {
		Limit   int    `url:"limit"`
		IfMatch string `header:"if-match"`
		Ignored string
	}
	want := []specParameter{{Name: "limit", In: "query"}, {Name: "If-Match", In: "header"}, {Name: "after", In: "query"}, {Name: "Prefer", In: "header"}}
	used := map[string]bool{}
	got := parameterProblems("listFakes", reflect.TypeFor[fakeOptions](), want, used)
	if len(got) != 2 || !strings.Contains(got[0], `"after"`) || !strings.Contains(got[1], `"Prefer"`) {
		t.Errorf("problems = %q, want after and Prefer", got)
	}
	if got := parameterProblems("listFakes", nil, want[:1], used); len(got) != 1 || !strings.Contains(got[0], "no options") {
		t.Errorf("problems without options = %q", got)
	}
	if got := parameterProblems("createPolicyRule", nil, []specParameter{{Name: "limit", In: "query"}}, used); len(got) != 0 || !used["createPolicyRule query:limit"] {
		t.Errorf("an exception: problems = %q, used = %v", got, used)
	}
}
