/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const nnstream = $root.nnstream = (() => {

    /**
     * Namespace nnstream.
     * @exports nnstream
     * @namespace
     */
    const nnstream = {};

    nnstream.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof nnstream
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} nnstream.v1.Envelope.$Properties
             * @property {nnstream.v1.Hello.$Properties|null} [hello] Envelope hello
             * @property {nnstream.v1.Sample.$Properties|null} [sample] Envelope sample
             * @property {nnstream.v1.SampleBatch.$Properties|null} [sampleBatch] Envelope sampleBatch
             * @property {nnstream.v1.Ack.$Properties|null} [ack] Envelope ack
             * @property {nnstream.v1.PredictRequest.$Properties|null} [predictRequest] Envelope predictRequest
             * @property {nnstream.v1.PredictResponse.$Properties|null} [predictResponse] Envelope predictResponse
             * @property {nnstream.v1.Subscribe.$Properties|null} [subscribe] Envelope subscribe
             * @property {nnstream.v1.CostReport.$Properties|null} [costReport] Envelope costReport
             * @property {nnstream.v1.ParameterSnapshot.$Properties|null} [parameterSnapshot] Envelope parameterSnapshot
             * @property {nnstream.v1.ModelInfo.$Properties|null} [modelInfo] Envelope modelInfo
             * @property {nnstream.v1.Error.$Properties|null} [error] Envelope error
             * @property {nnstream.v1.Control.$Properties|null} [control] Envelope control
             * @property {nnstream.v1.ControlResult.$Properties|null} [controlResult] Envelope controlResult
             * @property {nnstream.v1.Alert.$Properties|null} [alert] Envelope alert
             * @property {nnstream.v1.RecentSamples.$Properties|null} [recentSamples] Envelope recentSamples
             * @property {nnstream.v1.Record.$Properties|null} [record] Envelope record
             * @property {nnstream.v1.RecordBatch.$Properties|null} [recordBatch] Envelope recordBatch
             * @property {nnstream.v1.PredictRecords.$Properties|null} [predictRecords] Envelope predictRecords
             * @property {"hello"|"sample"|"sampleBatch"|"ack"|"predictRequest"|"predictResponse"|"subscribe"|"costReport"|"parameterSnapshot"|"modelInfo"|"error"|"control"|"controlResult"|"alert"|"recentSamples"|"record"|"recordBatch"|"predictRecords"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof nnstream.v1
             * @interface IEnvelope
             * @augments nnstream.v1.Envelope.$Properties
             * @deprecated Use nnstream.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   hello?: nnstream.v1.Hello.$Shape|null;
             *   sample?: nnstream.v1.Sample.$Shape|null;
             *   sampleBatch?: nnstream.v1.SampleBatch.$Shape|null;
             *   ack?: nnstream.v1.Ack.$Shape|null;
             *   predictRequest?: nnstream.v1.PredictRequest.$Shape|null;
             *   predictResponse?: nnstream.v1.PredictResponse.$Shape|null;
             *   subscribe?: nnstream.v1.Subscribe.$Shape|null;
             *   costReport?: nnstream.v1.CostReport.$Shape|null;
             *   parameterSnapshot?: nnstream.v1.ParameterSnapshot.$Shape|null;
             *   modelInfo?: nnstream.v1.ModelInfo.$Shape|null;
             *   error?: nnstream.v1.Error.$Shape|null;
             *   control?: nnstream.v1.Control.$Shape|null;
             *   controlResult?: nnstream.v1.ControlResult.$Shape|null;
             *   alert?: nnstream.v1.Alert.$Shape|null;
             *   recentSamples?: nnstream.v1.RecentSamples.$Shape|null;
             *   record?: nnstream.v1.Record.$Shape|null;
             *   recordBatch?: nnstream.v1.RecordBatch.$Shape|null;
             *   predictRecords?: nnstream.v1.PredictRecords.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "hello"; hello: nnstream.v1.Hello.$Shape; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "sample"; hello?: null; sample: nnstream.v1.Sample.$Shape; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "sampleBatch"; hello?: null; sample?: null; sampleBatch: nnstream.v1.SampleBatch.$Shape; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "ack"; hello?: null; sample?: null; sampleBatch?: null; ack: nnstream.v1.Ack.$Shape; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "predictRequest"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest: nnstream.v1.PredictRequest.$Shape; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "predictResponse"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse: nnstream.v1.PredictResponse.$Shape; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "subscribe"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe: nnstream.v1.Subscribe.$Shape; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "costReport"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport: nnstream.v1.CostReport.$Shape; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "parameterSnapshot"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot: nnstream.v1.ParameterSnapshot.$Shape; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "modelInfo"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo: nnstream.v1.ModelInfo.$Shape; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "error"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error: nnstream.v1.Error.$Shape; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "control"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control: nnstream.v1.Control.$Shape; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "controlResult"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult: nnstream.v1.ControlResult.$Shape; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "alert"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert: nnstream.v1.Alert.$Shape; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "recentSamples"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples: nnstream.v1.RecentSamples.$Shape; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "record"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record: nnstream.v1.Record.$Shape; recordBatch?: null; predictRecords?: null }|{ body?: "recordBatch"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch: nnstream.v1.RecordBatch.$Shape; predictRecords?: null }|{ body?: "predictRecords"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords: nnstream.v1.PredictRecords.$Shape })
             * )} nnstream.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof nnstream.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {nnstream.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope hello.
             * @member {nnstream.v1.Hello.$Properties|null|undefined} hello
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope sample.
             * @member {nnstream.v1.Sample.$Properties|null|undefined} sample
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.sample = null;

            /**
             * Envelope sampleBatch.
             * @member {nnstream.v1.SampleBatch.$Properties|null|undefined} sampleBatch
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.sampleBatch = null;

            /**
             * Envelope ack.
             * @member {nnstream.v1.Ack.$Properties|null|undefined} ack
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope predictRequest.
             * @member {nnstream.v1.PredictRequest.$Properties|null|undefined} predictRequest
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.predictRequest = null;

            /**
             * Envelope predictResponse.
             * @member {nnstream.v1.PredictResponse.$Properties|null|undefined} predictResponse
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.predictResponse = null;

            /**
             * Envelope subscribe.
             * @member {nnstream.v1.Subscribe.$Properties|null|undefined} subscribe
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.subscribe = null;

            /**
             * Envelope costReport.
             * @member {nnstream.v1.CostReport.$Properties|null|undefined} costReport
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.costReport = null;

            /**
             * Envelope parameterSnapshot.
             * @member {nnstream.v1.ParameterSnapshot.$Properties|null|undefined} parameterSnapshot
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.parameterSnapshot = null;

            /**
             * Envelope modelInfo.
             * @member {nnstream.v1.ModelInfo.$Properties|null|undefined} modelInfo
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.modelInfo = null;

            /**
             * Envelope error.
             * @member {nnstream.v1.Error.$Properties|null|undefined} error
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope control.
             * @member {nnstream.v1.Control.$Properties|null|undefined} control
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.control = null;

            /**
             * Envelope controlResult.
             * @member {nnstream.v1.ControlResult.$Properties|null|undefined} controlResult
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.controlResult = null;

            /**
             * Envelope alert.
             * @member {nnstream.v1.Alert.$Properties|null|undefined} alert
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.alert = null;

            /**
             * Envelope recentSamples.
             * @member {nnstream.v1.RecentSamples.$Properties|null|undefined} recentSamples
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.recentSamples = null;

            /**
             * Envelope record.
             * @member {nnstream.v1.Record.$Properties|null|undefined} record
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.record = null;

            /**
             * Envelope recordBatch.
             * @member {nnstream.v1.RecordBatch.$Properties|null|undefined} recordBatch
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.recordBatch = null;

            /**
             * Envelope predictRecords.
             * @member {nnstream.v1.PredictRecords.$Properties|null|undefined} predictRecords
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            Envelope.prototype.predictRecords = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"sample"|"sampleBatch"|"ack"|"predictRequest"|"predictResponse"|"subscribe"|"costReport"|"parameterSnapshot"|"modelInfo"|"error"|"control"|"controlResult"|"alert"|"recentSamples"|"record"|"recordBatch"|"predictRecords"|undefined} body
             * @memberof nnstream.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "sample", "sampleBatch", "ack", "predictRequest", "predictResponse", "subscribe", "costReport", "parameterSnapshot", "modelInfo", "error", "control", "controlResult", "alert", "recentSamples", "record", "recordBatch", "predictRecords"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Envelope
             * @static
             * @param {nnstream.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: nnstream.v1.Envelope.$Shape): nnstream.v1.Envelope & nnstream.v1.Envelope.$Shape;
             *   (properties?: nnstream.v1.Envelope.$Properties): nnstream.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link nnstream.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Envelope
             * @static
             * @param {nnstream.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.nnstream.v1.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sample != null && $Object.hasOwnProperty.call(message, "sample"))
                    $root.nnstream.v1.Sample.encode(message.sample, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.sampleBatch != null && $Object.hasOwnProperty.call(message, "sampleBatch"))
                    $root.nnstream.v1.SampleBatch.encode(message.sampleBatch, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.nnstream.v1.Ack.encode(message.ack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.predictRequest != null && $Object.hasOwnProperty.call(message, "predictRequest"))
                    $root.nnstream.v1.PredictRequest.encode(message.predictRequest, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.predictResponse != null && $Object.hasOwnProperty.call(message, "predictResponse"))
                    $root.nnstream.v1.PredictResponse.encode(message.predictResponse, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.nnstream.v1.Subscribe.encode(message.subscribe, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.costReport != null && $Object.hasOwnProperty.call(message, "costReport"))
                    $root.nnstream.v1.CostReport.encode(message.costReport, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.parameterSnapshot != null && $Object.hasOwnProperty.call(message, "parameterSnapshot"))
                    $root.nnstream.v1.ParameterSnapshot.encode(message.parameterSnapshot, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.modelInfo != null && $Object.hasOwnProperty.call(message, "modelInfo"))
                    $root.nnstream.v1.ModelInfo.encode(message.modelInfo, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.nnstream.v1.Error.encode(message.error, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.control != null && $Object.hasOwnProperty.call(message, "control"))
                    $root.nnstream.v1.Control.encode(message.control, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.controlResult != null && $Object.hasOwnProperty.call(message, "controlResult"))
                    $root.nnstream.v1.ControlResult.encode(message.controlResult, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.alert != null && $Object.hasOwnProperty.call(message, "alert"))
                    $root.nnstream.v1.Alert.encode(message.alert, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.recentSamples != null && $Object.hasOwnProperty.call(message, "recentSamples"))
                    $root.nnstream.v1.RecentSamples.encode(message.recentSamples, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.record != null && $Object.hasOwnProperty.call(message, "record"))
                    $root.nnstream.v1.Record.encode(message.record, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.recordBatch != null && $Object.hasOwnProperty.call(message, "recordBatch"))
                    $root.nnstream.v1.RecordBatch.encode(message.recordBatch, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.predictRecords != null && $Object.hasOwnProperty.call(message, "predictRecords"))
                    $root.nnstream.v1.PredictRecords.encode(message.predictRecords, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Envelope & nnstream.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.nnstream.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sample = $root.nnstream.v1.Sample.decode(reader, reader.size(), $undefined, _depth + 1, message.sample);
                            message.body = "sample";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.sampleBatch = $root.nnstream.v1.SampleBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.sampleBatch);
                            message.body = "sampleBatch";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.nnstream.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.predictRequest = $root.nnstream.v1.PredictRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.predictRequest);
                            message.body = "predictRequest";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.predictResponse = $root.nnstream.v1.PredictResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.predictResponse);
                            message.body = "predictResponse";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.nnstream.v1.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            message.body = "subscribe";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.costReport = $root.nnstream.v1.CostReport.decode(reader, reader.size(), $undefined, _depth + 1, message.costReport);
                            message.body = "costReport";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.parameterSnapshot = $root.nnstream.v1.ParameterSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.parameterSnapshot);
                            message.body = "parameterSnapshot";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.modelInfo = $root.nnstream.v1.ModelInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.modelInfo);
                            message.body = "modelInfo";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.nnstream.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.control = $root.nnstream.v1.Control.decode(reader, reader.size(), $undefined, _depth + 1, message.control);
                            message.body = "control";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.controlResult = $root.nnstream.v1.ControlResult.decode(reader, reader.size(), $undefined, _depth + 1, message.controlResult);
                            message.body = "controlResult";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.alert = $root.nnstream.v1.Alert.decode(reader, reader.size(), $undefined, _depth + 1, message.alert);
                            message.body = "alert";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.recentSamples = $root.nnstream.v1.RecentSamples.decode(reader, reader.size(), $undefined, _depth + 1, message.recentSamples);
                            message.body = "recentSamples";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.record = $root.nnstream.v1.Record.decode(reader, reader.size(), $undefined, _depth + 1, message.record);
                            message.body = "record";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.recordBatch = $root.nnstream.v1.RecordBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.recordBatch);
                            message.body = "recordBatch";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.predictRecords = $root.nnstream.v1.PredictRecords.decode(reader, reader.size(), $undefined, _depth + 1, message.predictRecords);
                            message.body = "predictRecords";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Envelope();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".nnstream.v1.Envelope.hello: object expected");
                    message.hello = $root.nnstream.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.sample != null) {
                    if (!$util.isObject(object.sample))
                        throw $TypeError(".nnstream.v1.Envelope.sample: object expected");
                    message.sample = $root.nnstream.v1.Sample.fromObject(object.sample, _depth + 1);
                }
                if (object.sampleBatch != null) {
                    if (!$util.isObject(object.sampleBatch))
                        throw $TypeError(".nnstream.v1.Envelope.sampleBatch: object expected");
                    message.sampleBatch = $root.nnstream.v1.SampleBatch.fromObject(object.sampleBatch, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".nnstream.v1.Envelope.ack: object expected");
                    message.ack = $root.nnstream.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.predictRequest != null) {
                    if (!$util.isObject(object.predictRequest))
                        throw $TypeError(".nnstream.v1.Envelope.predictRequest: object expected");
                    message.predictRequest = $root.nnstream.v1.PredictRequest.fromObject(object.predictRequest, _depth + 1);
                }
                if (object.predictResponse != null) {
                    if (!$util.isObject(object.predictResponse))
                        throw $TypeError(".nnstream.v1.Envelope.predictResponse: object expected");
                    message.predictResponse = $root.nnstream.v1.PredictResponse.fromObject(object.predictResponse, _depth + 1);
                }
                if (object.subscribe != null) {
                    if (!$util.isObject(object.subscribe))
                        throw $TypeError(".nnstream.v1.Envelope.subscribe: object expected");
                    message.subscribe = $root.nnstream.v1.Subscribe.fromObject(object.subscribe, _depth + 1);
                }
                if (object.costReport != null) {
                    if (!$util.isObject(object.costReport))
                        throw $TypeError(".nnstream.v1.Envelope.costReport: object expected");
                    message.costReport = $root.nnstream.v1.CostReport.fromObject(object.costReport, _depth + 1);
                }
                if (object.parameterSnapshot != null) {
                    if (!$util.isObject(object.parameterSnapshot))
                        throw $TypeError(".nnstream.v1.Envelope.parameterSnapshot: object expected");
                    message.parameterSnapshot = $root.nnstream.v1.ParameterSnapshot.fromObject(object.parameterSnapshot, _depth + 1);
                }
                if (object.modelInfo != null) {
                    if (!$util.isObject(object.modelInfo))
                        throw $TypeError(".nnstream.v1.Envelope.modelInfo: object expected");
                    message.modelInfo = $root.nnstream.v1.ModelInfo.fromObject(object.modelInfo, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".nnstream.v1.Envelope.error: object expected");
                    message.error = $root.nnstream.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.control != null) {
                    if (!$util.isObject(object.control))
                        throw $TypeError(".nnstream.v1.Envelope.control: object expected");
                    message.control = $root.nnstream.v1.Control.fromObject(object.control, _depth + 1);
                }
                if (object.controlResult != null) {
                    if (!$util.isObject(object.controlResult))
                        throw $TypeError(".nnstream.v1.Envelope.controlResult: object expected");
                    message.controlResult = $root.nnstream.v1.ControlResult.fromObject(object.controlResult, _depth + 1);
                }
                if (object.alert != null) {
                    if (!$util.isObject(object.alert))
                        throw $TypeError(".nnstream.v1.Envelope.alert: object expected");
                    message.alert = $root.nnstream.v1.Alert.fromObject(object.alert, _depth + 1);
                }
                if (object.recentSamples != null) {
                    if (!$util.isObject(object.recentSamples))
                        throw $TypeError(".nnstream.v1.Envelope.recentSamples: object expected");
                    message.recentSamples = $root.nnstream.v1.RecentSamples.fromObject(object.recentSamples, _depth + 1);
                }
                if (object.record != null) {
                    if (!$util.isObject(object.record))
                        throw $TypeError(".nnstream.v1.Envelope.record: object expected");
                    message.record = $root.nnstream.v1.Record.fromObject(object.record, _depth + 1);
                }
                if (object.recordBatch != null) {
                    if (!$util.isObject(object.recordBatch))
                        throw $TypeError(".nnstream.v1.Envelope.recordBatch: object expected");
                    message.recordBatch = $root.nnstream.v1.RecordBatch.fromObject(object.recordBatch, _depth + 1);
                }
                if (object.predictRecords != null) {
                    if (!$util.isObject(object.predictRecords))
                        throw $TypeError(".nnstream.v1.Envelope.predictRecords: object expected");
                    message.predictRecords = $root.nnstream.v1.PredictRecords.fromObject(object.predictRecords, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Envelope
             * @static
             * @param {nnstream.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.nnstream.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.sample != null && $Object.hasOwnProperty.call(message, "sample")) {
                    object.sample = $root.nnstream.v1.Sample.toObject(message.sample, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sample";
                }
                if (message.sampleBatch != null && $Object.hasOwnProperty.call(message, "sampleBatch")) {
                    object.sampleBatch = $root.nnstream.v1.SampleBatch.toObject(message.sampleBatch, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sampleBatch";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.nnstream.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.predictRequest != null && $Object.hasOwnProperty.call(message, "predictRequest")) {
                    object.predictRequest = $root.nnstream.v1.PredictRequest.toObject(message.predictRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "predictRequest";
                }
                if (message.predictResponse != null && $Object.hasOwnProperty.call(message, "predictResponse")) {
                    object.predictResponse = $root.nnstream.v1.PredictResponse.toObject(message.predictResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "predictResponse";
                }
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe")) {
                    object.subscribe = $root.nnstream.v1.Subscribe.toObject(message.subscribe, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "subscribe";
                }
                if (message.costReport != null && $Object.hasOwnProperty.call(message, "costReport")) {
                    object.costReport = $root.nnstream.v1.CostReport.toObject(message.costReport, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "costReport";
                }
                if (message.parameterSnapshot != null && $Object.hasOwnProperty.call(message, "parameterSnapshot")) {
                    object.parameterSnapshot = $root.nnstream.v1.ParameterSnapshot.toObject(message.parameterSnapshot, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "parameterSnapshot";
                }
                if (message.modelInfo != null && $Object.hasOwnProperty.call(message, "modelInfo")) {
                    object.modelInfo = $root.nnstream.v1.ModelInfo.toObject(message.modelInfo, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "modelInfo";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.nnstream.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.control != null && $Object.hasOwnProperty.call(message, "control")) {
                    object.control = $root.nnstream.v1.Control.toObject(message.control, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "control";
                }
                if (message.controlResult != null && $Object.hasOwnProperty.call(message, "controlResult")) {
                    object.controlResult = $root.nnstream.v1.ControlResult.toObject(message.controlResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "controlResult";
                }
                if (message.alert != null && $Object.hasOwnProperty.call(message, "alert")) {
                    object.alert = $root.nnstream.v1.Alert.toObject(message.alert, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "alert";
                }
                if (message.recentSamples != null && $Object.hasOwnProperty.call(message, "recentSamples")) {
                    object.recentSamples = $root.nnstream.v1.RecentSamples.toObject(message.recentSamples, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "recentSamples";
                }
                if (message.record != null && $Object.hasOwnProperty.call(message, "record")) {
                    object.record = $root.nnstream.v1.Record.toObject(message.record, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "record";
                }
                if (message.recordBatch != null && $Object.hasOwnProperty.call(message, "recordBatch")) {
                    object.recordBatch = $root.nnstream.v1.RecordBatch.toObject(message.recordBatch, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "recordBatch";
                }
                if (message.predictRecords != null && $Object.hasOwnProperty.call(message, "predictRecords")) {
                    object.predictRecords = $root.nnstream.v1.PredictRecords.toObject(message.predictRecords, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "predictRecords";
                }
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof nnstream.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Envelope";
            };

            return Envelope;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} nnstream.v1.Hello.$Properties
             * @property {string|null} [clientId] Hello clientId
             * @property {string|null} [clientName] Hello clientName
             * @property {string|null} [secret] Hello secret
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof nnstream.v1
             * @interface IHello
             * @augments nnstream.v1.Hello.$Properties
             * @deprecated Use nnstream.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {nnstream.v1.Hello.$Properties} nnstream.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof nnstream.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {nnstream.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello clientId.
             * @member {string} clientId
             * @memberof nnstream.v1.Hello
             * @instance
             */
            Hello.prototype.clientId = "";

            /**
             * Hello clientName.
             * @member {string} clientName
             * @memberof nnstream.v1.Hello
             * @instance
             */
            Hello.prototype.clientName = "";

            /**
             * Hello secret.
             * @member {string} secret
             * @memberof nnstream.v1.Hello
             * @instance
             */
            Hello.prototype.secret = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Hello
             * @static
             * @param {nnstream.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Hello} Hello instance
             * @type {{
             *   (properties: nnstream.v1.Hello.$Shape): nnstream.v1.Hello & nnstream.v1.Hello.$Shape;
             *   (properties?: nnstream.v1.Hello.$Properties): nnstream.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link nnstream.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Hello
             * @static
             * @param {nnstream.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientName);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.secret);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Hello & nnstream.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientName = value;
                            else
                                delete message.clientName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Hello();
                if (object.clientId != null)
                    if (typeof object.clientId !== "string" || object.clientId.length)
                        message.clientId = $String(object.clientId);
                if (object.clientName != null)
                    if (typeof object.clientName !== "string" || object.clientName.length)
                        message.clientName = $String(object.clientName);
                if (object.secret != null)
                    if (typeof object.secret !== "string" || object.secret.length)
                        message.secret = $String(object.secret);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Hello
             * @static
             * @param {nnstream.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.clientId = "";
                    object.clientName = "";
                    object.secret = "";
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    object.secret = message.secret;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof nnstream.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Hello";
            };

            return Hello;
        })();

        v1.Sample = (function() {

            /**
             * Properties of a Sample.
             * @typedef {Object} nnstream.v1.Sample.$Properties
             * @property {Array.<number>|null} [x] Sample x
             * @property {Array.<number>|null} [y] Sample y
             * @property {number|null} [seq] Sample seq
             * @property {Uint8Array|null} [xRaw] Sample xRaw
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sample.
             * @memberof nnstream.v1
             * @interface ISample
             * @augments nnstream.v1.Sample.$Properties
             * @deprecated Use nnstream.v1.Sample.$Properties instead.
             */

            /**
             * Shape of a Sample.
             * @typedef {nnstream.v1.Sample.$Properties} nnstream.v1.Sample.$Shape
             */

            /**
             * Constructs a new Sample.
             * @memberof nnstream.v1
             * @classdesc Represents a Sample.
             * @constructor
             * @param {nnstream.v1.Sample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sample = function (properties) {
                this.x = [];
                this.y = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sample x.
             * @member {Array.<number>} x
             * @memberof nnstream.v1.Sample
             * @instance
             */
            Sample.prototype.x = $util.emptyArray;

            /**
             * Sample y.
             * @member {Array.<number>} y
             * @memberof nnstream.v1.Sample
             * @instance
             */
            Sample.prototype.y = $util.emptyArray;

            /**
             * Sample seq.
             * @member {number} seq
             * @memberof nnstream.v1.Sample
             * @instance
             */
            Sample.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Sample xRaw.
             * @member {Uint8Array} xRaw
             * @memberof nnstream.v1.Sample
             * @instance
             */
            Sample.prototype.xRaw = $util.newBuffer([]);

            /**
             * Creates a new Sample instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Sample
             * @static
             * @param {nnstream.v1.Sample.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Sample} Sample instance
             * @type {{
             *   (properties: nnstream.v1.Sample.$Shape): nnstream.v1.Sample & nnstream.v1.Sample.$Shape;
             *   (properties?: nnstream.v1.Sample.$Properties): nnstream.v1.Sample;
             * }}
             */
            Sample.create = function(properties) {
                return new Sample(properties);
            };

            /**
             * Encodes the specified Sample message. Does not implicitly {@link nnstream.v1.Sample.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Sample
             * @static
             * @param {nnstream.v1.Sample.$Properties} message Sample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && message.x.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).doubles(message.x);
                if (message.y != null && message.y.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.y);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.xRaw != null && $Object.hasOwnProperty.call(message, "xRaw") && message.xRaw.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.xRaw);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sample message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Sample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Sample & nnstream.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Sample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.x && message.x.length))
                                    message.x = [];
                                reader.doubles(message.x);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.x && message.x.length))
                                message.x = [];
                            message.x.push(reader.double());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.y && message.y.length))
                                    message.y = [];
                                reader.doubles(message.y);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.y && message.y.length))
                                message.y = [];
                            message.y.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.xRaw = value;
                            else
                                delete message.xRaw;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Sample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Sample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Sample} Sample
             */
            Sample.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Sample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Sample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Sample();
                if (object.x) {
                    if (!$Array.isArray(object.x))
                        throw $TypeError(".nnstream.v1.Sample.x: array expected");
                    message.x = $Array(object.x.length);
                    for (let i = 0; i < object.x.length; ++i)
                        message.x[i] = $Number(object.x[i]);
                }
                if (object.y) {
                    if (!$Array.isArray(object.y))
                        throw $TypeError(".nnstream.v1.Sample.y: array expected");
                    message.y = $Array(object.y.length);
                    for (let i = 0; i < object.y.length; ++i)
                        message.y[i] = $Number(object.y[i]);
                }
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.xRaw != null)
                    if (object.xRaw.length)
                        if (typeof object.xRaw === "string")
                            $util.base64.decode(object.xRaw, message.xRaw = $util.newBuffer($util.base64.length(object.xRaw)), 0);
                        else if (object.xRaw.length >= 0)
                            message.xRaw = object.xRaw;
                return message;
            };

            /**
             * Creates a plain object from a Sample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Sample
             * @static
             * @param {nnstream.v1.Sample} message Sample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.x = [];
                    object.y = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.xRaw = "";
                    else {
                        object.xRaw = [];
                        if (options.bytes !== $Array)
                            object.xRaw = $util.newBuffer(object.xRaw);
                    }
                }
                if (message.x && message.x.length) {
                    object.x = $Array(message.x.length);
                    for (let j = 0; j < message.x.length; ++j)
                        object.x[j] = options.json && !$isFinite(message.x[j]) ? $String(message.x[j]) : message.x[j];
                }
                if (message.y && message.y.length) {
                    object.y = $Array(message.y.length);
                    for (let j = 0; j < message.y.length; ++j)
                        object.y[j] = options.json && !$isFinite(message.y[j]) ? $String(message.y[j]) : message.y[j];
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.xRaw != null && $Object.hasOwnProperty.call(message, "xRaw"))
                    object.xRaw = options.bytes === $String ? $util.base64.encode(message.xRaw, 0, message.xRaw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.xRaw) : message.xRaw;
                return object;
            };

            /**
             * Converts this Sample to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Sample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sample.prototype.toJSON = function() {
                return Sample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Sample
             * @function getTypeUrl
             * @memberof nnstream.v1.Sample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Sample";
            };

            return Sample;
        })();

        v1.SampleBatch = (function() {

            /**
             * Properties of a SampleBatch.
             * @typedef {Object} nnstream.v1.SampleBatch.$Properties
             * @property {number|null} [n] SampleBatch n
             * @property {number|null} [m] SampleBatch m
             * @property {Array.<number>|null} [x] SampleBatch x
             * @property {Array.<number>|null} [y] SampleBatch y
             * @property {number|null} [firstSeq] SampleBatch firstSeq
             * @property {Uint8Array|null} [xRaw] SampleBatch xRaw
             * @property {Uint8Array|null} [yRaw] SampleBatch yRaw
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SampleBatch.
             * @memberof nnstream.v1
             * @interface ISampleBatch
             * @augments nnstream.v1.SampleBatch.$Properties
             * @deprecated Use nnstream.v1.SampleBatch.$Properties instead.
             */

            /**
             * Shape of a SampleBatch.
             * @typedef {nnstream.v1.SampleBatch.$Properties} nnstream.v1.SampleBatch.$Shape
             */

            /**
             * Constructs a new SampleBatch.
             * @memberof nnstream.v1
             * @classdesc Represents a SampleBatch.
             * @constructor
             * @param {nnstream.v1.SampleBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SampleBatch = function (properties) {
                this.x = [];
                this.y = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SampleBatch n.
             * @member {number} n
             * @memberof nnstream.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.n = 0;

            /**
             * SampleBatch m.
             * @member {number} m
             * @memberof nnstream.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.m = 0;

            /**
             * SampleBatch x.
             * @member {Array.<number>} x
             * @memberof nnstream.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.x = $util.emptyArray;

            /**
             * SampleBatch y.
             * @member {Array.<number>} y
             * @memberof nnstream.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.y = $util.emptyArray;

            /**
             * SampleBatch firstSeq.
             * @member {number} firstSeq
             * @memberof nnstream.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SampleBatch xRaw.
             * @member {Uint8Array} xRaw
             * @memberof nnstream.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.xRaw = $util.newBuffer([]);

            /**
             * SampleBatch yRaw.
             * @member {Uint8Array} yRaw
             * @memberof nnstream.v1.SampleBatch
             * @instance
             */
            SampleBatch.prototype.yRaw = $util.newBuffer([]);

            /**
             * Creates a new SampleBatch instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.SampleBatch
             * @static
             * @param {nnstream.v1.SampleBatch.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.SampleBatch} SampleBatch instance
             * @type {{
             *   (properties: nnstream.v1.SampleBatch.$Shape): nnstream.v1.SampleBatch & nnstream.v1.SampleBatch.$Shape;
             *   (properties?: nnstream.v1.SampleBatch.$Properties): nnstream.v1.SampleBatch;
             * }}
             */
            SampleBatch.create = function(properties) {
                return new SampleBatch(properties);
            };

            /**
             * Encodes the specified SampleBatch message. Does not implicitly {@link nnstream.v1.SampleBatch.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.SampleBatch
             * @static
             * @param {nnstream.v1.SampleBatch.$Properties} message SampleBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SampleBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.n);
                if (message.m != null && $Object.hasOwnProperty.call(message, "m") && message.m !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.m);
                if (message.x != null && message.x.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).doubles(message.x);
                if (message.y != null && message.y.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).doubles(message.y);
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.firstSeq);
                if (message.xRaw != null && $Object.hasOwnProperty.call(message, "xRaw") && message.xRaw.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.xRaw);
                if (message.yRaw != null && $Object.hasOwnProperty.call(message, "yRaw") && message.yRaw.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.yRaw);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SampleBatch message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.SampleBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.SampleBatch & nnstream.v1.SampleBatch.$Shape} SampleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SampleBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.SampleBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.n = value;
                            else
                                delete message.n;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.m = value;
                            else
                                delete message.m;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.x && message.x.length))
                                    message.x = [];
                                reader.doubles(message.x);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.x && message.x.length))
                                message.x = [];
                            message.x.push(reader.double());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.y && message.y.length))
                                    message.y = [];
                                reader.doubles(message.y);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.y && message.y.length))
                                message.y = [];
                            message.y.push(reader.double());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.xRaw = value;
                            else
                                delete message.xRaw;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.yRaw = value;
                            else
                                delete message.yRaw;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SampleBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.SampleBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.SampleBatch} SampleBatch
             */
            SampleBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.SampleBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.SampleBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.SampleBatch();
                if (object.n != null)
                    if ($Number(object.n) !== 0)
                        message.n = object.n >>> 0;
                if (object.m != null)
                    if ($Number(object.m) !== 0)
                        message.m = object.m >>> 0;
                if (object.x) {
                    if (!$Array.isArray(object.x))
                        throw $TypeError(".nnstream.v1.SampleBatch.x: array expected");
                    message.x = $Array(object.x.length);
                    for (let i = 0; i < object.x.length; ++i)
                        message.x[i] = $Number(object.x[i]);
                }
                if (object.y) {
                    if (!$Array.isArray(object.y))
                        throw $TypeError(".nnstream.v1.SampleBatch.y: array expected");
                    message.y = $Array(object.y.length);
                    for (let i = 0; i < object.y.length; ++i)
                        message.y[i] = $Number(object.y[i]);
                }
                if (object.firstSeq != null)
                    if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                        if ($util.Long)
                            message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                        else if (typeof object.firstSeq === "string")
                            message.firstSeq = $parseInt(object.firstSeq, 10);
                        else if (typeof object.firstSeq === "number")
                            message.firstSeq = object.firstSeq;
                        else if (typeof object.firstSeq === "object")
                            message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                if (object.xRaw != null)
                    if (object.xRaw.length)
                        if (typeof object.xRaw === "string")
                            $util.base64.decode(object.xRaw, message.xRaw = $util.newBuffer($util.base64.length(object.xRaw)), 0);
                        else if (object.xRaw.length >= 0)
                            message.xRaw = object.xRaw;
                if (object.yRaw != null)
                    if (object.yRaw.length)
                        if (typeof object.yRaw === "string")
                            $util.base64.decode(object.yRaw, message.yRaw = $util.newBuffer($util.base64.length(object.yRaw)), 0);
                        else if (object.yRaw.length >= 0)
                            message.yRaw = object.yRaw;
                return message;
            };

            /**
             * Creates a plain object from a SampleBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.SampleBatch
             * @static
             * @param {nnstream.v1.SampleBatch} message SampleBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SampleBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.x = [];
                    object.y = [];
                }
                if (options.defaults) {
                    object.n = 0;
                    object.m = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.xRaw = "";
                    else {
                        object.xRaw = [];
                        if (options.bytes !== $Array)
                            object.xRaw = $util.newBuffer(object.xRaw);
                    }
                    if (options.bytes === $String)
                        object.yRaw = "";
                    else {
                        object.yRaw = [];
                        if (options.bytes !== $Array)
                            object.yRaw = $util.newBuffer(object.yRaw);
                    }
                }
                if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                    object.n = message.n;
                if (message.m != null && $Object.hasOwnProperty.call(message, "m"))
                    object.m = message.m;
                if (message.x && message.x.length) {
                    object.x = $Array(message.x.length);
                    for (let j = 0; j < message.x.length; ++j)
                        object.x[j] = options.json && !$isFinite(message.x[j]) ? $String(message.x[j]) : message.x[j];
                }
                if (message.y && message.y.length) {
                    object.y = $Array(message.y.length);
                    for (let j = 0; j < message.y.length; ++j)
                        object.y[j] = options.json && !$isFinite(message.y[j]) ? $String(message.y[j]) : message.y[j];
                }
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.firstSeq === "number")
                        object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                    else
                        object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                if (message.xRaw != null && $Object.hasOwnProperty.call(message, "xRaw"))
                    object.xRaw = options.bytes === $String ? $util.base64.encode(message.xRaw, 0, message.xRaw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.xRaw) : message.xRaw;
                if (message.yRaw != null && $Object.hasOwnProperty.call(message, "yRaw"))
                    object.yRaw = options.bytes === $String ? $util.base64.encode(message.yRaw, 0, message.yRaw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.yRaw) : message.yRaw;
                return object;
            };

            /**
             * Converts this SampleBatch to JSON.
             * @function toJSON
             * @memberof nnstream.v1.SampleBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SampleBatch.prototype.toJSON = function() {
                return SampleBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SampleBatch
             * @function getTypeUrl
             * @memberof nnstream.v1.SampleBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SampleBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.SampleBatch";
            };

            return SampleBatch;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} nnstream.v1.Ack.$Properties
             * @property {number|null} [throughSeq] Ack throughSeq
             * @property {number|null} [durableSeq] Ack durableSeq
             * @property {number|null} [modelStep] Ack modelStep
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof nnstream.v1
             * @interface IAck
             * @augments nnstream.v1.Ack.$Properties
             * @deprecated Use nnstream.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {nnstream.v1.Ack.$Properties} nnstream.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof nnstream.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {nnstream.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack throughSeq.
             * @member {number} throughSeq
             * @memberof nnstream.v1.Ack
             * @instance
             */
            Ack.prototype.throughSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack durableSeq.
             * @member {number} durableSeq
             * @memberof nnstream.v1.Ack
             * @instance
             */
            Ack.prototype.durableSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack modelStep.
             * @member {number} modelStep
             * @memberof nnstream.v1.Ack
             * @instance
             */
            Ack.prototype.modelStep = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Ack
             * @static
             * @param {nnstream.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Ack} Ack instance
             * @type {{
             *   (properties: nnstream.v1.Ack.$Shape): nnstream.v1.Ack & nnstream.v1.Ack.$Shape;
             *   (properties?: nnstream.v1.Ack.$Properties): nnstream.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link nnstream.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Ack
             * @static
             * @param {nnstream.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.throughSeq != null && $Object.hasOwnProperty.call(message, "throughSeq") && (typeof message.throughSeq === "object" ? message.throughSeq.low || message.throughSeq.high : message.throughSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.throughSeq);
                if (message.durableSeq != null && $Object.hasOwnProperty.call(message, "durableSeq") && (typeof message.durableSeq === "object" ? message.durableSeq.low || message.durableSeq.high : message.durableSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.durableSeq);
                if (message.modelStep != null && $Object.hasOwnProperty.call(message, "modelStep") && (typeof message.modelStep === "object" ? message.modelStep.low || message.modelStep.high : message.modelStep !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.modelStep);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Ack & nnstream.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.throughSeq = value;
                            else
                                delete message.throughSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durableSeq = value;
                            else
                                delete message.durableSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.modelStep = value;
                            else
                                delete message.modelStep;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Ack();
                if (object.throughSeq != null)
                    if (typeof object.throughSeq === "object" ? object.throughSeq.low || object.throughSeq.high : $Number(object.throughSeq) !== 0)
                        if ($util.Long)
                            message.throughSeq = $util.Long.fromValue(object.throughSeq, true);
                        else if (typeof object.throughSeq === "string")
                            message.throughSeq = $parseInt(object.throughSeq, 10);
                        else if (typeof object.throughSeq === "number")
                            message.throughSeq = object.throughSeq;
                        else if (typeof object.throughSeq === "object")
                            message.throughSeq = new $util.LongBits(object.throughSeq.low >>> 0, object.throughSeq.high >>> 0).toNumber(true);
                if (object.durableSeq != null)
                    if (typeof object.durableSeq === "object" ? object.durableSeq.low || object.durableSeq.high : $Number(object.durableSeq) !== 0)
                        if ($util.Long)
                            message.durableSeq = $util.Long.fromValue(object.durableSeq, true);
                        else if (typeof object.durableSeq === "string")
                            message.durableSeq = $parseInt(object.durableSeq, 10);
                        else if (typeof object.durableSeq === "number")
                            message.durableSeq = object.durableSeq;
                        else if (typeof object.durableSeq === "object")
                            message.durableSeq = new $util.LongBits(object.durableSeq.low >>> 0, object.durableSeq.high >>> 0).toNumber(true);
                if (object.modelStep != null)
                    if (typeof object.modelStep === "object" ? object.modelStep.low || object.modelStep.high : $Number(object.modelStep) !== 0)
                        if ($util.Long)
                            message.modelStep = $util.Long.fromValue(object.modelStep, true);
                        else if (typeof object.modelStep === "string")
                            message.modelStep = $parseInt(object.modelStep, 10);
                        else if (typeof object.modelStep === "number")
                            message.modelStep = object.modelStep;
                        else if (typeof object.modelStep === "object")
                            message.modelStep = new $util.LongBits(object.modelStep.low >>> 0, object.modelStep.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Ack
             * @static
             * @param {nnstream.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.throughSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.throughSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durableSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durableSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.modelStep = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.modelStep = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.throughSeq != null && $Object.hasOwnProperty.call(message, "throughSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.throughSeq = typeof message.throughSeq === "number" ? $BigInt(message.throughSeq) : $util.Long.fromBits(message.throughSeq.low >>> 0, message.throughSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.throughSeq === "number")
                        object.throughSeq = options.longs === $String ? $String(message.throughSeq) : message.throughSeq;
                    else
                        object.throughSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.throughSeq) : options.longs === $Number ? new $util.LongBits(message.throughSeq.low >>> 0, message.throughSeq.high >>> 0).toNumber(true) : message.throughSeq;
                if (message.durableSeq != null && $Object.hasOwnProperty.call(message, "durableSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durableSeq = typeof message.durableSeq === "number" ? $BigInt(message.durableSeq) : $util.Long.fromBits(message.durableSeq.low >>> 0, message.durableSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.durableSeq === "number")
                        object.durableSeq = options.longs === $String ? $String(message.durableSeq) : message.durableSeq;
                    else
                        object.durableSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.durableSeq) : options.longs === $Number ? new $util.LongBits(message.durableSeq.low >>> 0, message.durableSeq.high >>> 0).toNumber(true) : message.durableSeq;
                if (message.modelStep != null && $Object.hasOwnProperty.call(message, "modelStep"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.modelStep = typeof message.modelStep === "number" ? $BigInt(message.modelStep) : $util.Long.fromBits(message.modelStep.low >>> 0, message.modelStep.high >>> 0, true).toBigInt();
                    else if (typeof message.modelStep === "number")
                        object.modelStep = options.longs === $String ? $String(message.modelStep) : message.modelStep;
                    else
                        object.modelStep = options.longs === $String ? $util.Long.prototype.toString.call(message.modelStep) : options.longs === $Number ? new $util.LongBits(message.modelStep.low >>> 0, message.modelStep.high >>> 0).toNumber(true) : message.modelStep;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof nnstream.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Ack";
            };

            return Ack;
        })();

        v1.PredictRequest = (function() {

            /**
             * Properties of a PredictRequest.
             * @typedef {Object} nnstream.v1.PredictRequest.$Properties
             * @property {number|null} [id] PredictRequest id
             * @property {number|null} [n] PredictRequest n
             * @property {number|null} [m] PredictRequest m
             * @property {Array.<number>|null} [x] PredictRequest x
             * @property {Uint8Array|null} [xRaw] PredictRequest xRaw
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PredictRequest.
             * @memberof nnstream.v1
             * @interface IPredictRequest
             * @augments nnstream.v1.PredictRequest.$Properties
             * @deprecated Use nnstream.v1.PredictRequest.$Properties instead.
             */

            /**
             * Shape of a PredictRequest.
             * @typedef {nnstream.v1.PredictRequest.$Properties} nnstream.v1.PredictRequest.$Shape
             */

            /**
             * Constructs a new PredictRequest.
             * @memberof nnstream.v1
             * @classdesc Represents a PredictRequest.
             * @constructor
             * @param {nnstream.v1.PredictRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PredictRequest = function (properties) {
                this.x = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PredictRequest id.
             * @member {number} id
             * @memberof nnstream.v1.PredictRequest
             * @instance
             */
            PredictRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PredictRequest n.
             * @member {number} n
             * @memberof nnstream.v1.PredictRequest
             * @instance
             */
            PredictRequest.prototype.n = 0;

            /**
             * PredictRequest m.
             * @member {number} m
             * @memberof nnstream.v1.PredictRequest
             * @instance
             */
            PredictRequest.prototype.m = 0;

            /**
             * PredictRequest x.
             * @member {Array.<number>} x
             * @memberof nnstream.v1.PredictRequest
             * @instance
             */
            PredictRequest.prototype.x = $util.emptyArray;

            /**
             * PredictRequest xRaw.
             * @member {Uint8Array} xRaw
             * @memberof nnstream.v1.PredictRequest
             * @instance
             */
            PredictRequest.prototype.xRaw = $util.newBuffer([]);

            /**
             * Creates a new PredictRequest instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.PredictRequest
             * @static
             * @param {nnstream.v1.PredictRequest.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.PredictRequest} PredictRequest instance
             * @type {{
             *   (properties: nnstream.v1.PredictRequest.$Shape): nnstream.v1.PredictRequest & nnstream.v1.PredictRequest.$Shape;
             *   (properties?: nnstream.v1.PredictRequest.$Properties): nnstream.v1.PredictRequest;
             * }}
             */
            PredictRequest.create = function(properties) {
                return new PredictRequest(properties);
            };

            /**
             * Encodes the specified PredictRequest message. Does not implicitly {@link nnstream.v1.PredictRequest.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.PredictRequest
             * @static
             * @param {nnstream.v1.PredictRequest.$Properties} message PredictRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PredictRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.n);
                if (message.m != null && $Object.hasOwnProperty.call(message, "m") && message.m !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.m);
                if (message.x != null && message.x.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).doubles(message.x);
                if (message.xRaw != null && $Object.hasOwnProperty.call(message, "xRaw") && message.xRaw.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.xRaw);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PredictRequest message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.PredictRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.PredictRequest & nnstream.v1.PredictRequest.$Shape} PredictRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PredictRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.PredictRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.n = value;
                            else
                                delete message.n;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.m = value;
                            else
                                delete message.m;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.x && message.x.length))
                                    message.x = [];
                                reader.doubles(message.x);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.x && message.x.length))
                                message.x = [];
                            message.x.push(reader.double());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.xRaw = value;
                            else
                                delete message.xRaw;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PredictRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.PredictRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.PredictRequest} PredictRequest
             */
            PredictRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.PredictRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.PredictRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.PredictRequest();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.n != null)
                    if ($Number(object.n) !== 0)
                        message.n = object.n >>> 0;
                if (object.m != null)
                    if ($Number(object.m) !== 0)
                        message.m = object.m >>> 0;
                if (object.x) {
                    if (!$Array.isArray(object.x))
                        throw $TypeError(".nnstream.v1.PredictRequest.x: array expected");
                    message.x = $Array(object.x.length);
                    for (let i = 0; i < object.x.length; ++i)
                        message.x[i] = $Number(object.x[i]);
                }
                if (object.xRaw != null)
                    if (object.xRaw.length)
                        if (typeof object.xRaw === "string")
                            $util.base64.decode(object.xRaw, message.xRaw = $util.newBuffer($util.base64.length(object.xRaw)), 0);
                        else if (object.xRaw.length >= 0)
                            message.xRaw = object.xRaw;
                return message;
            };

            /**
             * Creates a plain object from a PredictRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.PredictRequest
             * @static
             * @param {nnstream.v1.PredictRequest} message PredictRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PredictRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.x = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.n = 0;
                    object.m = 0;
                    if (options.bytes === $String)
                        object.xRaw = "";
                    else {
                        object.xRaw = [];
                        if (options.bytes !== $Array)
                            object.xRaw = $util.newBuffer(object.xRaw);
                    }
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                    object.n = message.n;
                if (message.m != null && $Object.hasOwnProperty.call(message, "m"))
                    object.m = message.m;
                if (message.x && message.x.length) {
                    object.x = $Array(message.x.length);
                    for (let j = 0; j < message.x.length; ++j)
                        object.x[j] = options.json && !$isFinite(message.x[j]) ? $String(message.x[j]) : message.x[j];
                }
                if (message.xRaw != null && $Object.hasOwnProperty.call(message, "xRaw"))
                    object.xRaw = options.bytes === $String ? $util.base64.encode(message.xRaw, 0, message.xRaw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.xRaw) : message.xRaw;
                return object;
            };

            /**
             * Converts this PredictRequest to JSON.
             * @function toJSON
             * @memberof nnstream.v1.PredictRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PredictRequest.prototype.toJSON = function() {
                return PredictRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PredictRequest
             * @function getTypeUrl
             * @memberof nnstream.v1.PredictRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PredictRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.PredictRequest";
            };

            return PredictRequest;
        })();

        v1.PredictResponse = (function() {

            /**
             * Properties of a PredictResponse.
             * @typedef {Object} nnstream.v1.PredictResponse.$Properties
             * @property {number|null} [id] PredictResponse id
             * @property {Array.<number>|null} [yHat] PredictResponse yHat
             * @property {number|null} [modelStep] PredictResponse modelStep
             * @property {number|null} [k] PredictResponse k
             * @property {number|null} [m] PredictResponse m
             * @property {Array.<string>|null} [labels] PredictResponse labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PredictResponse.
             * @memberof nnstream.v1
             * @interface IPredictResponse
             * @augments nnstream.v1.PredictResponse.$Properties
             * @deprecated Use nnstream.v1.PredictResponse.$Properties instead.
             */

            /**
             * Shape of a PredictResponse.
             * @typedef {nnstream.v1.PredictResponse.$Properties} nnstream.v1.PredictResponse.$Shape
             */

            /**
             * Constructs a new PredictResponse.
             * @memberof nnstream.v1
             * @classdesc Represents a PredictResponse.
             * @constructor
             * @param {nnstream.v1.PredictResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PredictResponse = function (properties) {
                this.yHat = [];
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PredictResponse id.
             * @member {number} id
             * @memberof nnstream.v1.PredictResponse
             * @instance
             */
            PredictResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PredictResponse yHat.
             * @member {Array.<number>} yHat
             * @memberof nnstream.v1.PredictResponse
             * @instance
             */
            PredictResponse.prototype.yHat = $util.emptyArray;

            /**
             * PredictResponse modelStep.
             * @member {number} modelStep
             * @memberof nnstream.v1.PredictResponse
             * @instance
             */
            PredictResponse.prototype.modelStep = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PredictResponse k.
             * @member {number} k
             * @memberof nnstream.v1.PredictResponse
             * @instance
             */
            PredictResponse.prototype.k = 0;

            /**
             * PredictResponse m.
             * @member {number} m
             * @memberof nnstream.v1.PredictResponse
             * @instance
             */
            PredictResponse.prototype.m = 0;

            /**
             * PredictResponse labels.
             * @member {Array.<string>} labels
             * @memberof nnstream.v1.PredictResponse
             * @instance
             */
            PredictResponse.prototype.labels = $util.emptyArray;

            /**
             * Creates a new PredictResponse instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.PredictResponse
             * @static
             * @param {nnstream.v1.PredictResponse.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.PredictResponse} PredictResponse instance
             * @type {{
             *   (properties: nnstream.v1.PredictResponse.$Shape): nnstream.v1.PredictResponse & nnstream.v1.PredictResponse.$Shape;
             *   (properties?: nnstream.v1.PredictResponse.$Properties): nnstream.v1.PredictResponse;
             * }}
             */
            PredictResponse.create = function(properties) {
                return new PredictResponse(properties);
            };

            /**
             * Encodes the specified PredictResponse message. Does not implicitly {@link nnstream.v1.PredictResponse.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.PredictResponse
             * @static
             * @param {nnstream.v1.PredictResponse.$Properties} message PredictResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PredictResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.yHat != null && message.yHat.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.yHat);
                if (message.modelStep != null && $Object.hasOwnProperty.call(message, "modelStep") && (typeof message.modelStep === "object" ? message.modelStep.low || message.modelStep.high : message.modelStep !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.modelStep);
                if (message.k != null && $Object.hasOwnProperty.call(message, "k") && message.k !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.k);
                if (message.m != null && $Object.hasOwnProperty.call(message, "m") && message.m !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.m);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.labels[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PredictResponse message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.PredictResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.PredictResponse & nnstream.v1.PredictResponse.$Shape} PredictResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PredictResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.PredictResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.yHat && message.yHat.length))
                                    message.yHat = [];
                                reader.doubles(message.yHat);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.yHat && message.yHat.length))
                                message.yHat = [];
                            message.yHat.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.modelStep = value;
                            else
                                delete message.modelStep;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.k = value;
                            else
                                delete message.k;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.m = value;
                            else
                                delete message.m;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PredictResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.PredictResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.PredictResponse} PredictResponse
             */
            PredictResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.PredictResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.PredictResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.PredictResponse();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.yHat) {
                    if (!$Array.isArray(object.yHat))
                        throw $TypeError(".nnstream.v1.PredictResponse.yHat: array expected");
                    message.yHat = $Array(object.yHat.length);
                    for (let i = 0; i < object.yHat.length; ++i)
                        message.yHat[i] = $Number(object.yHat[i]);
                }
                if (object.modelStep != null)
                    if (typeof object.modelStep === "object" ? object.modelStep.low || object.modelStep.high : $Number(object.modelStep) !== 0)
                        if ($util.Long)
                            message.modelStep = $util.Long.fromValue(object.modelStep, true);
                        else if (typeof object.modelStep === "string")
                            message.modelStep = $parseInt(object.modelStep, 10);
                        else if (typeof object.modelStep === "number")
                            message.modelStep = object.modelStep;
                        else if (typeof object.modelStep === "object")
                            message.modelStep = new $util.LongBits(object.modelStep.low >>> 0, object.modelStep.high >>> 0).toNumber(true);
                if (object.k != null)
                    if ($Number(object.k) !== 0)
                        message.k = object.k >>> 0;
                if (object.m != null)
                    if ($Number(object.m) !== 0)
                        message.m = object.m >>> 0;
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".nnstream.v1.PredictResponse.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i)
                        message.labels[i] = $String(object.labels[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a PredictResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.PredictResponse
             * @static
             * @param {nnstream.v1.PredictResponse} message PredictResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PredictResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.yHat = [];
                    object.labels = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.modelStep = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.modelStep = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.k = 0;
                    object.m = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.yHat && message.yHat.length) {
                    object.yHat = $Array(message.yHat.length);
                    for (let j = 0; j < message.yHat.length; ++j)
                        object.yHat[j] = options.json && !$isFinite(message.yHat[j]) ? $String(message.yHat[j]) : message.yHat[j];
                }
                if (message.modelStep != null && $Object.hasOwnProperty.call(message, "modelStep"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.modelStep = typeof message.modelStep === "number" ? $BigInt(message.modelStep) : $util.Long.fromBits(message.modelStep.low >>> 0, message.modelStep.high >>> 0, true).toBigInt();
                    else if (typeof message.modelStep === "number")
                        object.modelStep = options.longs === $String ? $String(message.modelStep) : message.modelStep;
                    else
                        object.modelStep = options.longs === $String ? $util.Long.prototype.toString.call(message.modelStep) : options.longs === $Number ? new $util.LongBits(message.modelStep.low >>> 0, message.modelStep.high >>> 0).toNumber(true) : message.modelStep;
                if (message.k != null && $Object.hasOwnProperty.call(message, "k"))
                    object.k = message.k;
                if (message.m != null && $Object.hasOwnProperty.call(message, "m"))
                    object.m = message.m;
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = message.labels[j];
                }
                return object;
            };

            /**
             * Converts this PredictResponse to JSON.
             * @function toJSON
             * @memberof nnstream.v1.PredictResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PredictResponse.prototype.toJSON = function() {
                return PredictResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PredictResponse
             * @function getTypeUrl
             * @memberof nnstream.v1.PredictResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PredictResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.PredictResponse";
            };

            return PredictResponse;
        })();

        v1.Record = (function() {

            /**
             * Properties of a Record.
             * @typedef {Object} nnstream.v1.Record.$Properties
             * @property {Object.<string,string>|null} [fields] Record fields
             * @property {number|null} [seq] Record seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Record.
             * @memberof nnstream.v1
             * @interface IRecord
             * @augments nnstream.v1.Record.$Properties
             * @deprecated Use nnstream.v1.Record.$Properties instead.
             */

            /**
             * Shape of a Record.
             * @typedef {nnstream.v1.Record.$Properties} nnstream.v1.Record.$Shape
             */

            /**
             * Constructs a new Record.
             * @memberof nnstream.v1
             * @classdesc Represents a Record.
             * @constructor
             * @param {nnstream.v1.Record.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Record = function (properties) {
                this.fields = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Record fields.
             * @member {Object.<string,string>} fields
             * @memberof nnstream.v1.Record
             * @instance
             */
            Record.prototype.fields = $util.emptyObject;

            /**
             * Record seq.
             * @member {number} seq
             * @memberof nnstream.v1.Record
             * @instance
             */
            Record.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Record instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Record
             * @static
             * @param {nnstream.v1.Record.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Record} Record instance
             * @type {{
             *   (properties: nnstream.v1.Record.$Shape): nnstream.v1.Record & nnstream.v1.Record.$Shape;
             *   (properties?: nnstream.v1.Record.$Properties): nnstream.v1.Record;
             * }}
             */
            Record.create = function(properties) {
                return new Record(properties);
            };

            /**
             * Encodes the specified Record message. Does not implicitly {@link nnstream.v1.Record.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Record
             * @static
             * @param {nnstream.v1.Record.$Properties} message Record message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Record.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.fields[keys[i]]).ldelim();
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Record message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Record
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Record & nnstream.v1.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Record.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Record();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Record message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Record
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Record} Record
             */
            Record.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Record)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Record: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Record();
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw $TypeError(".nnstream.v1.Record.fields: object expected");
                    message.fields = {};
                    for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        message.fields[keys[i]] = $String(object.fields[keys[i]]);
                    }
                }
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Record message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Record
             * @static
             * @param {nnstream.v1.Record} message Record
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Record.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                let keys2;
                if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = message.fields[keys2[j]];
                    }
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this Record to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Record
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Record.prototype.toJSON = function() {
                return Record.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Record
             * @function getTypeUrl
             * @memberof nnstream.v1.Record
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Record.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Record";
            };

            return Record;
        })();

        v1.RecordBatch = (function() {

            /**
             * Properties of a RecordBatch.
             * @typedef {Object} nnstream.v1.RecordBatch.$Properties
             * @property {Array.<nnstream.v1.Record.$Properties>|null} [records] RecordBatch records
             * @property {number|null} [firstSeq] RecordBatch firstSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordBatch.
             * @memberof nnstream.v1
             * @interface IRecordBatch
             * @augments nnstream.v1.RecordBatch.$Properties
             * @deprecated Use nnstream.v1.RecordBatch.$Properties instead.
             */

            /**
             * Shape of a RecordBatch.
             * @typedef {nnstream.v1.RecordBatch.$Properties} nnstream.v1.RecordBatch.$Shape
             */

            /**
             * Constructs a new RecordBatch.
             * @memberof nnstream.v1
             * @classdesc Represents a RecordBatch.
             * @constructor
             * @param {nnstream.v1.RecordBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordBatch = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordBatch records.
             * @member {Array.<nnstream.v1.Record.$Properties>} records
             * @memberof nnstream.v1.RecordBatch
             * @instance
             */
            RecordBatch.prototype.records = $util.emptyArray;

            /**
             * RecordBatch firstSeq.
             * @member {number} firstSeq
             * @memberof nnstream.v1.RecordBatch
             * @instance
             */
            RecordBatch.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RecordBatch instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.RecordBatch
             * @static
             * @param {nnstream.v1.RecordBatch.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.RecordBatch} RecordBatch instance
             * @type {{
             *   (properties: nnstream.v1.RecordBatch.$Shape): nnstream.v1.RecordBatch & nnstream.v1.RecordBatch.$Shape;
             *   (properties?: nnstream.v1.RecordBatch.$Properties): nnstream.v1.RecordBatch;
             * }}
             */
            RecordBatch.create = function(properties) {
                return new RecordBatch(properties);
            };

            /**
             * Encodes the specified RecordBatch message. Does not implicitly {@link nnstream.v1.RecordBatch.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.RecordBatch
             * @static
             * @param {nnstream.v1.RecordBatch.$Properties} message RecordBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.nnstream.v1.Record.encode(message.records[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.firstSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecordBatch message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.RecordBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.RecordBatch & nnstream.v1.RecordBatch.$Shape} RecordBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.RecordBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.nnstream.v1.Record.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RecordBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.RecordBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.RecordBatch} RecordBatch
             */
            RecordBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.RecordBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.RecordBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.RecordBatch();
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".nnstream.v1.RecordBatch.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i) {
                        if (!$util.isObject(object.records[i]))
                            throw $TypeError(".nnstream.v1.RecordBatch.records: object expected");
                        message.records[i] = $root.nnstream.v1.Record.fromObject(object.records[i], _depth + 1);
                    }
                }
                if (object.firstSeq != null)
                    if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                        if ($util.Long)
                            message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                        else if (typeof object.firstSeq === "string")
                            message.firstSeq = $parseInt(object.firstSeq, 10);
                        else if (typeof object.firstSeq === "number")
                            message.firstSeq = object.firstSeq;
                        else if (typeof object.firstSeq === "object")
                            message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a RecordBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.RecordBatch
             * @static
             * @param {nnstream.v1.RecordBatch} message RecordBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = $root.nnstream.v1.Record.toObject(message.records[j], options, _depth + 1);
                }
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.firstSeq === "number")
                        object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                    else
                        object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                return object;
            };

            /**
             * Converts this RecordBatch to JSON.
             * @function toJSON
             * @memberof nnstream.v1.RecordBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordBatch.prototype.toJSON = function() {
                return RecordBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecordBatch
             * @function getTypeUrl
             * @memberof nnstream.v1.RecordBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecordBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.RecordBatch";
            };

            return RecordBatch;
        })();

        v1.PredictRecords = (function() {

            /**
             * Properties of a PredictRecords.
             * @typedef {Object} nnstream.v1.PredictRecords.$Properties
             * @property {number|null} [id] PredictRecords id
             * @property {Array.<nnstream.v1.Record.$Properties>|null} [records] PredictRecords records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PredictRecords.
             * @memberof nnstream.v1
             * @interface IPredictRecords
             * @augments nnstream.v1.PredictRecords.$Properties
             * @deprecated Use nnstream.v1.PredictRecords.$Properties instead.
             */

            /**
             * Shape of a PredictRecords.
             * @typedef {nnstream.v1.PredictRecords.$Properties} nnstream.v1.PredictRecords.$Shape
             */

            /**
             * Constructs a new PredictRecords.
             * @memberof nnstream.v1
             * @classdesc Represents a PredictRecords.
             * @constructor
             * @param {nnstream.v1.PredictRecords.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PredictRecords = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PredictRecords id.
             * @member {number} id
             * @memberof nnstream.v1.PredictRecords
             * @instance
             */
            PredictRecords.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PredictRecords records.
             * @member {Array.<nnstream.v1.Record.$Properties>} records
             * @memberof nnstream.v1.PredictRecords
             * @instance
             */
            PredictRecords.prototype.records = $util.emptyArray;

            /**
             * Creates a new PredictRecords instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.PredictRecords
             * @static
             * @param {nnstream.v1.PredictRecords.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.PredictRecords} PredictRecords instance
             * @type {{
             *   (properties: nnstream.v1.PredictRecords.$Shape): nnstream.v1.PredictRecords & nnstream.v1.PredictRecords.$Shape;
             *   (properties?: nnstream.v1.PredictRecords.$Properties): nnstream.v1.PredictRecords;
             * }}
             */
            PredictRecords.create = function(properties) {
                return new PredictRecords(properties);
            };

            /**
             * Encodes the specified PredictRecords message. Does not implicitly {@link nnstream.v1.PredictRecords.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.PredictRecords
             * @static
             * @param {nnstream.v1.PredictRecords.$Properties} message PredictRecords message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PredictRecords.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.nnstream.v1.Record.encode(message.records[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PredictRecords message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.PredictRecords
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.PredictRecords & nnstream.v1.PredictRecords.$Shape} PredictRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PredictRecords.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.PredictRecords();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.nnstream.v1.Record.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PredictRecords message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.PredictRecords
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.PredictRecords} PredictRecords
             */
            PredictRecords.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.PredictRecords)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.PredictRecords: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.PredictRecords();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".nnstream.v1.PredictRecords.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i) {
                        if (!$util.isObject(object.records[i]))
                            throw $TypeError(".nnstream.v1.PredictRecords.records: object expected");
                        message.records[i] = $root.nnstream.v1.Record.fromObject(object.records[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PredictRecords message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.PredictRecords
             * @static
             * @param {nnstream.v1.PredictRecords} message PredictRecords
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PredictRecords.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = $root.nnstream.v1.Record.toObject(message.records[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PredictRecords to JSON.
             * @function toJSON
             * @memberof nnstream.v1.PredictRecords
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PredictRecords.prototype.toJSON = function() {
                return PredictRecords.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PredictRecords
             * @function getTypeUrl
             * @memberof nnstream.v1.PredictRecords
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PredictRecords.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.PredictRecords";
            };

            return PredictRecords;
        })();

        v1.Subscribe = (function() {

            /**
             * Properties of a Subscribe.
             * @typedef {Object} nnstream.v1.Subscribe.$Properties
             * @property {boolean|null} [cost] Subscribe cost
             * @property {boolean|null} [params] Subscribe params
             * @property {number|null} [costEverySteps] Subscribe costEverySteps
             * @property {number|null} [costMaxPerSecond] Subscribe costMaxPerSecond
             * @property {number|null} [paramsEverySteps] Subscribe paramsEverySteps
             * @property {number|null} [paramsMaxPerSecond] Subscribe paramsMaxPerSecond
             * @property {boolean|null} [recent] Subscribe recent
             * @property {number|null} [recentMax] Subscribe recentMax
             * @property {boolean|null} [history] Subscribe history
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribe.
             * @memberof nnstream.v1
             * @interface ISubscribe
             * @augments nnstream.v1.Subscribe.$Properties
             * @deprecated Use nnstream.v1.Subscribe.$Properties instead.
             */

            /**
             * Shape of a Subscribe.
             * @typedef {nnstream.v1.Subscribe.$Properties} nnstream.v1.Subscribe.$Shape
             */

            /**
             * Constructs a new Subscribe.
             * @memberof nnstream.v1
             * @classdesc Represents a Subscribe.
             * @constructor
             * @param {nnstream.v1.Subscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Subscribe cost.
             * @member {boolean} cost
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.cost = false;

            /**
             * Subscribe params.
             * @member {boolean} params
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.params = false;

            /**
             * Subscribe costEverySteps.
             * @member {number} costEverySteps
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.costEverySteps = 0;

            /**
             * Subscribe costMaxPerSecond.
             * @member {number} costMaxPerSecond
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.costMaxPerSecond = 0;

            /**
             * Subscribe paramsEverySteps.
             * @member {number} paramsEverySteps
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.paramsEverySteps = 0;

            /**
             * Subscribe paramsMaxPerSecond.
             * @member {number} paramsMaxPerSecond
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.paramsMaxPerSecond = 0;

            /**
             * Subscribe recent.
             * @member {boolean} recent
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.recent = false;

            /**
             * Subscribe recentMax.
             * @member {number} recentMax
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.recentMax = 0;

            /**
             * Subscribe history.
             * @member {boolean} history
             * @memberof nnstream.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.history = false;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Subscribe
             * @static
             * @param {nnstream.v1.Subscribe.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Subscribe} Subscribe instance
             * @type {{
             *   (properties: nnstream.v1.Subscribe.$Shape): nnstream.v1.Subscribe & nnstream.v1.Subscribe.$Shape;
             *   (properties?: nnstream.v1.Subscribe.$Properties): nnstream.v1.Subscribe;
             * }}
             */
            Subscribe.create = function(properties) {
                return new Subscribe(properties);
            };

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link nnstream.v1.Subscribe.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Subscribe
             * @static
             * @param {nnstream.v1.Subscribe.$Properties} message Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost") && message.cost !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.cost);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params") && message.params !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.params);
                if (message.costEverySteps != null && $Object.hasOwnProperty.call(message, "costEverySteps") && message.costEverySteps !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.costEverySteps);
                if (message.costMaxPerSecond != null && $Object.hasOwnProperty.call(message, "costMaxPerSecond") && !$Object.is(message.costMaxPerSecond, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.costMaxPerSecond);
                if (message.paramsEverySteps != null && $Object.hasOwnProperty.call(message, "paramsEverySteps") && message.paramsEverySteps !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.paramsEverySteps);
                if (message.paramsMaxPerSecond != null && $Object.hasOwnProperty.call(message, "paramsMaxPerSecond") && !$Object.is(message.paramsMaxPerSecond, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.paramsMaxPerSecond);
                if (message.recent != null && $Object.hasOwnProperty.call(message, "recent") && message.recent !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.recent);
                if (message.recentMax != null && $Object.hasOwnProperty.call(message, "recentMax") && message.recentMax !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.recentMax);
                if (message.history != null && $Object.hasOwnProperty.call(message, "history") && message.history !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.history);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Subscribe & nnstream.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Subscribe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cost = value;
                            else
                                delete message.cost;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.params = value;
                            else
                                delete message.params;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.costEverySteps = value;
                            else
                                delete message.costEverySteps;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.costMaxPerSecond = value;
                            else
                                delete message.costMaxPerSecond;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.paramsEverySteps = value;
                            else
                                delete message.paramsEverySteps;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.paramsMaxPerSecond = value;
                            else
                                delete message.paramsMaxPerSecond;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.recent = value;
                            else
                                delete message.recent;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recentMax = value;
                            else
                                delete message.recentMax;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.history = value;
                            else
                                delete message.history;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Subscribe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Subscribe} Subscribe
             */
            Subscribe.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Subscribe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Subscribe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Subscribe();
                if (object.cost != null)
                    if (object.cost)
                        message.cost = $Boolean(object.cost);
                if (object.params != null)
                    if (object.params)
                        message.params = $Boolean(object.params);
                if (object.costEverySteps != null)
                    if ($Number(object.costEverySteps) !== 0)
                        message.costEverySteps = object.costEverySteps >>> 0;
                if (object.costMaxPerSecond != null)
                    if (!$Object.is($Number(object.costMaxPerSecond), 0))
                        message.costMaxPerSecond = $Number(object.costMaxPerSecond);
                if (object.paramsEverySteps != null)
                    if ($Number(object.paramsEverySteps) !== 0)
                        message.paramsEverySteps = object.paramsEverySteps >>> 0;
                if (object.paramsMaxPerSecond != null)
                    if (!$Object.is($Number(object.paramsMaxPerSecond), 0))
                        message.paramsMaxPerSecond = $Number(object.paramsMaxPerSecond);
                if (object.recent != null)
                    if (object.recent)
                        message.recent = $Boolean(object.recent);
                if (object.recentMax != null)
                    if ($Number(object.recentMax) !== 0)
                        message.recentMax = object.recentMax >>> 0;
                if (object.history != null)
                    if (object.history)
                        message.history = $Boolean(object.history);
                return message;
            };

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Subscribe
             * @static
             * @param {nnstream.v1.Subscribe} message Subscribe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscribe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cost = false;
                    object.params = false;
                    object.costEverySteps = 0;
                    object.costMaxPerSecond = 0;
                    object.paramsEverySteps = 0;
                    object.paramsMaxPerSecond = 0;
                    object.recent = false;
                    object.recentMax = 0;
                    object.history = false;
                }
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost"))
                    object.cost = message.cost;
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    object.params = message.params;
                if (message.costEverySteps != null && $Object.hasOwnProperty.call(message, "costEverySteps"))
                    object.costEverySteps = message.costEverySteps;
                if (message.costMaxPerSecond != null && $Object.hasOwnProperty.call(message, "costMaxPerSecond"))
                    object.costMaxPerSecond = options.json && !$isFinite(message.costMaxPerSecond) ? $String(message.costMaxPerSecond) : message.costMaxPerSecond;
                if (message.paramsEverySteps != null && $Object.hasOwnProperty.call(message, "paramsEverySteps"))
                    object.paramsEverySteps = message.paramsEverySteps;
                if (message.paramsMaxPerSecond != null && $Object.hasOwnProperty.call(message, "paramsMaxPerSecond"))
                    object.paramsMaxPerSecond = options.json && !$isFinite(message.paramsMaxPerSecond) ? $String(message.paramsMaxPerSecond) : message.paramsMaxPerSecond;
                if (message.recent != null && $Object.hasOwnProperty.call(message, "recent"))
                    object.recent = message.recent;
                if (message.recentMax != null && $Object.hasOwnProperty.call(message, "recentMax"))
                    object.recentMax = message.recentMax;
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    object.history = message.history;
                return object;
            };

            /**
             * Converts this Subscribe to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Subscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscribe.prototype.toJSON = function() {
                return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscribe
             * @function getTypeUrl
             * @memberof nnstream.v1.Subscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Subscribe";
            };

            return Subscribe;
        })();

        v1.CostReport = (function() {

            /**
             * Properties of a CostReport.
             * @typedef {Object} nnstream.v1.CostReport.$Properties
             * @property {number|null} [step] CostReport step
             * @property {number|null} [samples] CostReport samples
             * @property {number|null} [cost] CostReport cost
             * @property {number|null} [accuracy] CostReport accuracy
             * @property {number|null} [loss] CostReport loss
             * @property {number|null} [samplesPerSecond] CostReport samplesPerSecond
             * @property {number|null} [timeMs] CostReport timeMs
             * @property {number|null} [batchSize] CostReport batchSize
             * @property {number|null} [smoothedCost] CostReport smoothedCost
             * @property {number|null} [smoothedAccuracy] CostReport smoothedAccuracy
             * @property {number|null} [connections] CostReport connections
             * @property {boolean|null} [paused] CostReport paused
             * @property {number|null} [learningRate] CostReport learningRate
             * @property {number|null} [smoothedLoss] CostReport smoothedLoss
             * @property {number|null} [holdoutLoss] CostReport holdoutLoss
             * @property {number|null} [holdoutAccuracy] CostReport holdoutAccuracy
             * @property {number|null} [holdoutRmse] CostReport holdoutRmse
             * @property {number|null} [holdoutSamples] CostReport holdoutSamples
             * @property {number|null} [holdoutR2] CostReport holdoutR2
             * @property {boolean|null} [history] CostReport history
             * @property {number|null} [costMin] CostReport costMin
             * @property {number|null} [costMax] CostReport costMax
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CostReport.
             * @memberof nnstream.v1
             * @interface ICostReport
             * @augments nnstream.v1.CostReport.$Properties
             * @deprecated Use nnstream.v1.CostReport.$Properties instead.
             */

            /**
             * Shape of a CostReport.
             * @typedef {nnstream.v1.CostReport.$Properties} nnstream.v1.CostReport.$Shape
             */

            /**
             * Constructs a new CostReport.
             * @memberof nnstream.v1
             * @classdesc Represents a CostReport.
             * @constructor
             * @param {nnstream.v1.CostReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CostReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CostReport step.
             * @member {number} step
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CostReport samples.
             * @member {number} samples
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CostReport cost.
             * @member {number} cost
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.cost = 0;

            /**
             * CostReport accuracy.
             * @member {number} accuracy
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.accuracy = 0;

            /**
             * CostReport loss.
             * @member {number} loss
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.loss = 0;

            /**
             * CostReport samplesPerSecond.
             * @member {number} samplesPerSecond
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.samplesPerSecond = 0;

            /**
             * CostReport timeMs.
             * @member {number} timeMs
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.timeMs = 0;

            /**
             * CostReport batchSize.
             * @member {number} batchSize
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.batchSize = 0;

            /**
             * CostReport smoothedCost.
             * @member {number} smoothedCost
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.smoothedCost = 0;

            /**
             * CostReport smoothedAccuracy.
             * @member {number} smoothedAccuracy
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.smoothedAccuracy = 0;

            /**
             * CostReport connections.
             * @member {number} connections
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.connections = 0;

            /**
             * CostReport paused.
             * @member {boolean} paused
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.paused = false;

            /**
             * CostReport learningRate.
             * @member {number} learningRate
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.learningRate = 0;

            /**
             * CostReport smoothedLoss.
             * @member {number} smoothedLoss
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.smoothedLoss = 0;

            /**
             * CostReport holdoutLoss.
             * @member {number} holdoutLoss
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.holdoutLoss = 0;

            /**
             * CostReport holdoutAccuracy.
             * @member {number} holdoutAccuracy
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.holdoutAccuracy = 0;

            /**
             * CostReport holdoutRmse.
             * @member {number} holdoutRmse
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.holdoutRmse = 0;

            /**
             * CostReport holdoutSamples.
             * @member {number} holdoutSamples
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.holdoutSamples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CostReport holdoutR2.
             * @member {number} holdoutR2
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.holdoutR2 = 0;

            /**
             * CostReport history.
             * @member {boolean} history
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.history = false;

            /**
             * CostReport costMin.
             * @member {number} costMin
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.costMin = 0;

            /**
             * CostReport costMax.
             * @member {number} costMax
             * @memberof nnstream.v1.CostReport
             * @instance
             */
            CostReport.prototype.costMax = 0;

            /**
             * Creates a new CostReport instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.CostReport
             * @static
             * @param {nnstream.v1.CostReport.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.CostReport} CostReport instance
             * @type {{
             *   (properties: nnstream.v1.CostReport.$Shape): nnstream.v1.CostReport & nnstream.v1.CostReport.$Shape;
             *   (properties?: nnstream.v1.CostReport.$Properties): nnstream.v1.CostReport;
             * }}
             */
            CostReport.create = function(properties) {
                return new CostReport(properties);
            };

            /**
             * Encodes the specified CostReport message. Does not implicitly {@link nnstream.v1.CostReport.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.CostReport
             * @static
             * @param {nnstream.v1.CostReport.$Properties} message CostReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CostReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.step);
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && (typeof message.samples === "object" ? message.samples.low || message.samples.high : message.samples !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.samples);
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost") && !$Object.is(message.cost, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.cost);
                if (message.accuracy != null && $Object.hasOwnProperty.call(message, "accuracy") && !$Object.is(message.accuracy, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.accuracy);
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss") && !$Object.is(message.loss, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.loss);
                if (message.samplesPerSecond != null && $Object.hasOwnProperty.call(message, "samplesPerSecond") && !$Object.is(message.samplesPerSecond, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.samplesPerSecond);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && !$Object.is(message.timeMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.timeMs);
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.batchSize);
                if (message.smoothedCost != null && $Object.hasOwnProperty.call(message, "smoothedCost") && !$Object.is(message.smoothedCost, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.smoothedCost);
                if (message.smoothedAccuracy != null && $Object.hasOwnProperty.call(message, "smoothedAccuracy") && !$Object.is(message.smoothedAccuracy, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.smoothedAccuracy);
                if (message.connections != null && $Object.hasOwnProperty.call(message, "connections") && message.connections !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.connections);
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.paused);
                if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate") && !$Object.is(message.learningRate, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.learningRate);
                if (message.smoothedLoss != null && $Object.hasOwnProperty.call(message, "smoothedLoss") && !$Object.is(message.smoothedLoss, 0))
                    writer.uint32(/* id 14, wireType 1 =*/113).double(message.smoothedLoss);
                if (message.holdoutLoss != null && $Object.hasOwnProperty.call(message, "holdoutLoss") && !$Object.is(message.holdoutLoss, 0))
                    writer.uint32(/* id 15, wireType 1 =*/121).double(message.holdoutLoss);
                if (message.holdoutAccuracy != null && $Object.hasOwnProperty.call(message, "holdoutAccuracy") && !$Object.is(message.holdoutAccuracy, 0))
                    writer.uint32(/* id 16, wireType 1 =*/129).double(message.holdoutAccuracy);
                if (message.holdoutRmse != null && $Object.hasOwnProperty.call(message, "holdoutRmse") && !$Object.is(message.holdoutRmse, 0))
                    writer.uint32(/* id 17, wireType 1 =*/137).double(message.holdoutRmse);
                if (message.holdoutSamples != null && $Object.hasOwnProperty.call(message, "holdoutSamples") && (typeof message.holdoutSamples === "object" ? message.holdoutSamples.low || message.holdoutSamples.high : message.holdoutSamples !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.holdoutSamples);
                if (message.holdoutR2 != null && $Object.hasOwnProperty.call(message, "holdoutR2") && !$Object.is(message.holdoutR2, 0))
                    writer.uint32(/* id 19, wireType 1 =*/153).double(message.holdoutR2);
                if (message.history != null && $Object.hasOwnProperty.call(message, "history") && message.history !== false)
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.history);
                if (message.costMin != null && $Object.hasOwnProperty.call(message, "costMin") && !$Object.is(message.costMin, 0))
                    writer.uint32(/* id 21, wireType 1 =*/169).double(message.costMin);
                if (message.costMax != null && $Object.hasOwnProperty.call(message, "costMax") && !$Object.is(message.costMax, 0))
                    writer.uint32(/* id 22, wireType 1 =*/177).double(message.costMax);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CostReport message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.CostReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.CostReport & nnstream.v1.CostReport.$Shape} CostReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CostReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.CostReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.samples = value;
                            else
                                delete message.samples;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cost = value;
                            else
                                delete message.cost;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.accuracy = value;
                            else
                                delete message.accuracy;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.loss = value;
                            else
                                delete message.loss;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.samplesPerSecond = value;
                            else
                                delete message.samplesPerSecond;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSize = value;
                            else
                                delete message.batchSize;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.smoothedCost = value;
                            else
                                delete message.smoothedCost;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.smoothedAccuracy = value;
                            else
                                delete message.smoothedAccuracy;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.connections = value;
                            else
                                delete message.connections;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.paused = value;
                            else
                                delete message.paused;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.learningRate = value;
                            else
                                delete message.learningRate;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.smoothedLoss = value;
                            else
                                delete message.smoothedLoss;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.holdoutLoss = value;
                            else
                                delete message.holdoutLoss;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.holdoutAccuracy = value;
                            else
                                delete message.holdoutAccuracy;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.holdoutRmse = value;
                            else
                                delete message.holdoutRmse;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.holdoutSamples = value;
                            else
                                delete message.holdoutSamples;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.holdoutR2 = value;
                            else
                                delete message.holdoutR2;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.history = value;
                            else
                                delete message.history;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.costMin = value;
                            else
                                delete message.costMin;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.costMax = value;
                            else
                                delete message.costMax;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CostReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.CostReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.CostReport} CostReport
             */
            CostReport.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.CostReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.CostReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.CostReport();
                if (object.step != null)
                    if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                        if ($util.Long)
                            message.step = $util.Long.fromValue(object.step, true);
                        else if (typeof object.step === "string")
                            message.step = $parseInt(object.step, 10);
                        else if (typeof object.step === "number")
                            message.step = object.step;
                        else if (typeof object.step === "object")
                            message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber(true);
                if (object.samples != null)
                    if (typeof object.samples === "object" ? object.samples.low || object.samples.high : $Number(object.samples) !== 0)
                        if ($util.Long)
                            message.samples = $util.Long.fromValue(object.samples, true);
                        else if (typeof object.samples === "string")
                            message.samples = $parseInt(object.samples, 10);
                        else if (typeof object.samples === "number")
                            message.samples = object.samples;
                        else if (typeof object.samples === "object")
                            message.samples = new $util.LongBits(object.samples.low >>> 0, object.samples.high >>> 0).toNumber(true);
                if (object.cost != null)
                    if (!$Object.is($Number(object.cost), 0))
                        message.cost = $Number(object.cost);
                if (object.accuracy != null)
                    if (!$Object.is($Number(object.accuracy), 0))
                        message.accuracy = $Number(object.accuracy);
                if (object.loss != null)
                    if (!$Object.is($Number(object.loss), 0))
                        message.loss = $Number(object.loss);
                if (object.samplesPerSecond != null)
                    if (!$Object.is($Number(object.samplesPerSecond), 0))
                        message.samplesPerSecond = $Number(object.samplesPerSecond);
                if (object.timeMs != null)
                    if (!$Object.is($Number(object.timeMs), 0))
                        message.timeMs = $Number(object.timeMs);
                if (object.batchSize != null)
                    if ($Number(object.batchSize) !== 0)
                        message.batchSize = object.batchSize >>> 0;
                if (object.smoothedCost != null)
                    if (!$Object.is($Number(object.smoothedCost), 0))
                        message.smoothedCost = $Number(object.smoothedCost);
                if (object.smoothedAccuracy != null)
                    if (!$Object.is($Number(object.smoothedAccuracy), 0))
                        message.smoothedAccuracy = $Number(object.smoothedAccuracy);
                if (object.connections != null)
                    if ($Number(object.connections) !== 0)
                        message.connections = object.connections >>> 0;
                if (object.paused != null)
                    if (object.paused)
                        message.paused = $Boolean(object.paused);
                if (object.learningRate != null)
                    if (!$Object.is($Number(object.learningRate), 0))
                        message.learningRate = $Number(object.learningRate);
                if (object.smoothedLoss != null)
                    if (!$Object.is($Number(object.smoothedLoss), 0))
                        message.smoothedLoss = $Number(object.smoothedLoss);
                if (object.holdoutLoss != null)
                    if (!$Object.is($Number(object.holdoutLoss), 0))
                        message.holdoutLoss = $Number(object.holdoutLoss);
                if (object.holdoutAccuracy != null)
                    if (!$Object.is($Number(object.holdoutAccuracy), 0))
                        message.holdoutAccuracy = $Number(object.holdoutAccuracy);
                if (object.holdoutRmse != null)
                    if (!$Object.is($Number(object.holdoutRmse), 0))
                        message.holdoutRmse = $Number(object.holdoutRmse);
                if (object.holdoutSamples != null)
                    if (typeof object.holdoutSamples === "object" ? object.holdoutSamples.low || object.holdoutSamples.high : $Number(object.holdoutSamples) !== 0)
                        if ($util.Long)
                            message.holdoutSamples = $util.Long.fromValue(object.holdoutSamples, true);
                        else if (typeof object.holdoutSamples === "string")
                            message.holdoutSamples = $parseInt(object.holdoutSamples, 10);
                        else if (typeof object.holdoutSamples === "number")
                            message.holdoutSamples = object.holdoutSamples;
                        else if (typeof object.holdoutSamples === "object")
                            message.holdoutSamples = new $util.LongBits(object.holdoutSamples.low >>> 0, object.holdoutSamples.high >>> 0).toNumber(true);
                if (object.holdoutR2 != null)
                    if (!$Object.is($Number(object.holdoutR2), 0))
                        message.holdoutR2 = $Number(object.holdoutR2);
                if (object.history != null)
                    if (object.history)
                        message.history = $Boolean(object.history);
                if (object.costMin != null)
                    if (!$Object.is($Number(object.costMin), 0))
                        message.costMin = $Number(object.costMin);
                if (object.costMax != null)
                    if (!$Object.is($Number(object.costMax), 0))
                        message.costMax = $Number(object.costMax);
                return message;
            };

            /**
             * Creates a plain object from a CostReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.CostReport
             * @static
             * @param {nnstream.v1.CostReport} message CostReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CostReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.samples = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.samples = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cost = 0;
                    object.accuracy = 0;
                    object.loss = 0;
                    object.samplesPerSecond = 0;
                    object.timeMs = 0;
                    object.batchSize = 0;
                    object.smoothedCost = 0;
                    object.smoothedAccuracy = 0;
                    object.connections = 0;
                    object.paused = false;
                    object.learningRate = 0;
                    object.smoothedLoss = 0;
                    object.holdoutLoss = 0;
                    object.holdoutAccuracy = 0;
                    object.holdoutRmse = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.holdoutSamples = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.holdoutSamples = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.holdoutR2 = 0;
                    object.history = false;
                    object.costMin = 0;
                    object.costMax = 0;
                }
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, true).toBigInt();
                    else if (typeof message.step === "number")
                        object.step = options.longs === $String ? $String(message.step) : message.step;
                    else
                        object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber(true) : message.step;
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.samples = typeof message.samples === "number" ? $BigInt(message.samples) : $util.Long.fromBits(message.samples.low >>> 0, message.samples.high >>> 0, true).toBigInt();
                    else if (typeof message.samples === "number")
                        object.samples = options.longs === $String ? $String(message.samples) : message.samples;
                    else
                        object.samples = options.longs === $String ? $util.Long.prototype.toString.call(message.samples) : options.longs === $Number ? new $util.LongBits(message.samples.low >>> 0, message.samples.high >>> 0).toNumber(true) : message.samples;
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost"))
                    object.cost = options.json && !$isFinite(message.cost) ? $String(message.cost) : message.cost;
                if (message.accuracy != null && $Object.hasOwnProperty.call(message, "accuracy"))
                    object.accuracy = options.json && !$isFinite(message.accuracy) ? $String(message.accuracy) : message.accuracy;
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss"))
                    object.loss = options.json && !$isFinite(message.loss) ? $String(message.loss) : message.loss;
                if (message.samplesPerSecond != null && $Object.hasOwnProperty.call(message, "samplesPerSecond"))
                    object.samplesPerSecond = options.json && !$isFinite(message.samplesPerSecond) ? $String(message.samplesPerSecond) : message.samplesPerSecond;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    object.timeMs = options.json && !$isFinite(message.timeMs) ? $String(message.timeMs) : message.timeMs;
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    object.batchSize = message.batchSize;
                if (message.smoothedCost != null && $Object.hasOwnProperty.call(message, "smoothedCost"))
                    object.smoothedCost = options.json && !$isFinite(message.smoothedCost) ? $String(message.smoothedCost) : message.smoothedCost;
                if (message.smoothedAccuracy != null && $Object.hasOwnProperty.call(message, "smoothedAccuracy"))
                    object.smoothedAccuracy = options.json && !$isFinite(message.smoothedAccuracy) ? $String(message.smoothedAccuracy) : message.smoothedAccuracy;
                if (message.connections != null && $Object.hasOwnProperty.call(message, "connections"))
                    object.connections = message.connections;
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                    object.paused = message.paused;
                if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate"))
                    object.learningRate = options.json && !$isFinite(message.learningRate) ? $String(message.learningRate) : message.learningRate;
                if (message.smoothedLoss != null && $Object.hasOwnProperty.call(message, "smoothedLoss"))
                    object.smoothedLoss = options.json && !$isFinite(message.smoothedLoss) ? $String(message.smoothedLoss) : message.smoothedLoss;
                if (message.holdoutLoss != null && $Object.hasOwnProperty.call(message, "holdoutLoss"))
                    object.holdoutLoss = options.json && !$isFinite(message.holdoutLoss) ? $String(message.holdoutLoss) : message.holdoutLoss;
                if (message.holdoutAccuracy != null && $Object.hasOwnProperty.call(message, "holdoutAccuracy"))
                    object.holdoutAccuracy = options.json && !$isFinite(message.holdoutAccuracy) ? $String(message.holdoutAccuracy) : message.holdoutAccuracy;
                if (message.holdoutRmse != null && $Object.hasOwnProperty.call(message, "holdoutRmse"))
                    object.holdoutRmse = options.json && !$isFinite(message.holdoutRmse) ? $String(message.holdoutRmse) : message.holdoutRmse;
                if (message.holdoutSamples != null && $Object.hasOwnProperty.call(message, "holdoutSamples"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.holdoutSamples = typeof message.holdoutSamples === "number" ? $BigInt(message.holdoutSamples) : $util.Long.fromBits(message.holdoutSamples.low >>> 0, message.holdoutSamples.high >>> 0, true).toBigInt();
                    else if (typeof message.holdoutSamples === "number")
                        object.holdoutSamples = options.longs === $String ? $String(message.holdoutSamples) : message.holdoutSamples;
                    else
                        object.holdoutSamples = options.longs === $String ? $util.Long.prototype.toString.call(message.holdoutSamples) : options.longs === $Number ? new $util.LongBits(message.holdoutSamples.low >>> 0, message.holdoutSamples.high >>> 0).toNumber(true) : message.holdoutSamples;
                if (message.holdoutR2 != null && $Object.hasOwnProperty.call(message, "holdoutR2"))
                    object.holdoutR2 = options.json && !$isFinite(message.holdoutR2) ? $String(message.holdoutR2) : message.holdoutR2;
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    object.history = message.history;
                if (message.costMin != null && $Object.hasOwnProperty.call(message, "costMin"))
                    object.costMin = options.json && !$isFinite(message.costMin) ? $String(message.costMin) : message.costMin;
                if (message.costMax != null && $Object.hasOwnProperty.call(message, "costMax"))
                    object.costMax = options.json && !$isFinite(message.costMax) ? $String(message.costMax) : message.costMax;
                return object;
            };

            /**
             * Converts this CostReport to JSON.
             * @function toJSON
             * @memberof nnstream.v1.CostReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CostReport.prototype.toJSON = function() {
                return CostReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CostReport
             * @function getTypeUrl
             * @memberof nnstream.v1.CostReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CostReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.CostReport";
            };

            return CostReport;
        })();

        v1.Layer = (function() {

            /**
             * Properties of a Layer.
             * @typedef {Object} nnstream.v1.Layer.$Properties
             * @property {number|null} [rows] Layer rows
             * @property {number|null} [cols] Layer cols
             * @property {string|null} [activation] Layer activation
             * @property {Array.<number>|null} [w] Layer w
             * @property {Array.<number>|null} [b] Layer b
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Layer.
             * @memberof nnstream.v1
             * @interface ILayer
             * @augments nnstream.v1.Layer.$Properties
             * @deprecated Use nnstream.v1.Layer.$Properties instead.
             */

            /**
             * Shape of a Layer.
             * @typedef {nnstream.v1.Layer.$Properties} nnstream.v1.Layer.$Shape
             */

            /**
             * Constructs a new Layer.
             * @memberof nnstream.v1
             * @classdesc Represents a Layer.
             * @constructor
             * @param {nnstream.v1.Layer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Layer = function (properties) {
                this.w = [];
                this.b = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Layer rows.
             * @member {number} rows
             * @memberof nnstream.v1.Layer
             * @instance
             */
            Layer.prototype.rows = 0;

            /**
             * Layer cols.
             * @member {number} cols
             * @memberof nnstream.v1.Layer
             * @instance
             */
            Layer.prototype.cols = 0;

            /**
             * Layer activation.
             * @member {string} activation
             * @memberof nnstream.v1.Layer
             * @instance
             */
            Layer.prototype.activation = "";

            /**
             * Layer w.
             * @member {Array.<number>} w
             * @memberof nnstream.v1.Layer
             * @instance
             */
            Layer.prototype.w = $util.emptyArray;

            /**
             * Layer b.
             * @member {Array.<number>} b
             * @memberof nnstream.v1.Layer
             * @instance
             */
            Layer.prototype.b = $util.emptyArray;

            /**
             * Creates a new Layer instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Layer
             * @static
             * @param {nnstream.v1.Layer.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Layer} Layer instance
             * @type {{
             *   (properties: nnstream.v1.Layer.$Shape): nnstream.v1.Layer & nnstream.v1.Layer.$Shape;
             *   (properties?: nnstream.v1.Layer.$Properties): nnstream.v1.Layer;
             * }}
             */
            Layer.create = function(properties) {
                return new Layer(properties);
            };

            /**
             * Encodes the specified Layer message. Does not implicitly {@link nnstream.v1.Layer.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Layer
             * @static
             * @param {nnstream.v1.Layer.$Properties} message Layer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Layer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rows);
                if (message.cols != null && $Object.hasOwnProperty.call(message, "cols") && message.cols !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.cols);
                if (message.activation != null && $Object.hasOwnProperty.call(message, "activation") && message.activation !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.activation);
                if (message.w != null && message.w.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).doubles(message.w);
                if (message.b != null && message.b.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).doubles(message.b);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Layer message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Layer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Layer & nnstream.v1.Layer.$Shape} Layer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Layer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Layer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rows = value;
                            else
                                delete message.rows;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cols = value;
                            else
                                delete message.cols;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activation = value;
                            else
                                delete message.activation;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.w && message.w.length))
                                    message.w = [];
                                reader.doubles(message.w);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.w && message.w.length))
                                message.w = [];
                            message.w.push(reader.double());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.b && message.b.length))
                                    message.b = [];
                                reader.doubles(message.b);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.b && message.b.length))
                                message.b = [];
                            message.b.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Layer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Layer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Layer} Layer
             */
            Layer.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Layer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Layer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Layer();
                if (object.rows != null)
                    if ($Number(object.rows) !== 0)
                        message.rows = object.rows >>> 0;
                if (object.cols != null)
                    if ($Number(object.cols) !== 0)
                        message.cols = object.cols >>> 0;
                if (object.activation != null)
                    if (typeof object.activation !== "string" || object.activation.length)
                        message.activation = $String(object.activation);
                if (object.w) {
                    if (!$Array.isArray(object.w))
                        throw $TypeError(".nnstream.v1.Layer.w: array expected");
                    message.w = $Array(object.w.length);
                    for (let i = 0; i < object.w.length; ++i)
                        message.w[i] = $Number(object.w[i]);
                }
                if (object.b) {
                    if (!$Array.isArray(object.b))
                        throw $TypeError(".nnstream.v1.Layer.b: array expected");
                    message.b = $Array(object.b.length);
                    for (let i = 0; i < object.b.length; ++i)
                        message.b[i] = $Number(object.b[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Layer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Layer
             * @static
             * @param {nnstream.v1.Layer} message Layer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Layer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.w = [];
                    object.b = [];
                }
                if (options.defaults) {
                    object.rows = 0;
                    object.cols = 0;
                    object.activation = "";
                }
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows"))
                    object.rows = message.rows;
                if (message.cols != null && $Object.hasOwnProperty.call(message, "cols"))
                    object.cols = message.cols;
                if (message.activation != null && $Object.hasOwnProperty.call(message, "activation"))
                    object.activation = message.activation;
                if (message.w && message.w.length) {
                    object.w = $Array(message.w.length);
                    for (let j = 0; j < message.w.length; ++j)
                        object.w[j] = options.json && !$isFinite(message.w[j]) ? $String(message.w[j]) : message.w[j];
                }
                if (message.b && message.b.length) {
                    object.b = $Array(message.b.length);
                    for (let j = 0; j < message.b.length; ++j)
                        object.b[j] = options.json && !$isFinite(message.b[j]) ? $String(message.b[j]) : message.b[j];
                }
                return object;
            };

            /**
             * Converts this Layer to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Layer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Layer.prototype.toJSON = function() {
                return Layer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Layer
             * @function getTypeUrl
             * @memberof nnstream.v1.Layer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Layer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Layer";
            };

            return Layer;
        })();

        v1.Normalizer = (function() {

            /**
             * Properties of a Normalizer.
             * @typedef {Object} nnstream.v1.Normalizer.$Properties
             * @property {number|null} [count] Normalizer count
             * @property {Array.<number>|null} [mean] Normalizer mean
             * @property {Array.<number>|null} [m2] Normalizer m2
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Normalizer.
             * @memberof nnstream.v1
             * @interface INormalizer
             * @augments nnstream.v1.Normalizer.$Properties
             * @deprecated Use nnstream.v1.Normalizer.$Properties instead.
             */

            /**
             * Shape of a Normalizer.
             * @typedef {nnstream.v1.Normalizer.$Properties} nnstream.v1.Normalizer.$Shape
             */

            /**
             * Constructs a new Normalizer.
             * @memberof nnstream.v1
             * @classdesc Represents a Normalizer.
             * @constructor
             * @param {nnstream.v1.Normalizer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Normalizer = function (properties) {
                this.mean = [];
                this.m2 = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Normalizer count.
             * @member {number} count
             * @memberof nnstream.v1.Normalizer
             * @instance
             */
            Normalizer.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Normalizer mean.
             * @member {Array.<number>} mean
             * @memberof nnstream.v1.Normalizer
             * @instance
             */
            Normalizer.prototype.mean = $util.emptyArray;

            /**
             * Normalizer m2.
             * @member {Array.<number>} m2
             * @memberof nnstream.v1.Normalizer
             * @instance
             */
            Normalizer.prototype.m2 = $util.emptyArray;

            /**
             * Creates a new Normalizer instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Normalizer
             * @static
             * @param {nnstream.v1.Normalizer.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Normalizer} Normalizer instance
             * @type {{
             *   (properties: nnstream.v1.Normalizer.$Shape): nnstream.v1.Normalizer & nnstream.v1.Normalizer.$Shape;
             *   (properties?: nnstream.v1.Normalizer.$Properties): nnstream.v1.Normalizer;
             * }}
             */
            Normalizer.create = function(properties) {
                return new Normalizer(properties);
            };

            /**
             * Encodes the specified Normalizer message. Does not implicitly {@link nnstream.v1.Normalizer.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Normalizer
             * @static
             * @param {nnstream.v1.Normalizer.$Properties} message Normalizer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Normalizer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.count);
                if (message.mean != null && message.mean.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.mean);
                if (message.m2 != null && message.m2.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).doubles(message.m2);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Normalizer message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Normalizer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Normalizer & nnstream.v1.Normalizer.$Shape} Normalizer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Normalizer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Normalizer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.mean && message.mean.length))
                                    message.mean = [];
                                reader.doubles(message.mean);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.mean && message.mean.length))
                                message.mean = [];
                            message.mean.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.m2 && message.m2.length))
                                    message.m2 = [];
                                reader.doubles(message.m2);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.m2 && message.m2.length))
                                message.m2 = [];
                            message.m2.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Normalizer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Normalizer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Normalizer} Normalizer
             */
            Normalizer.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Normalizer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Normalizer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Normalizer();
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                if (object.mean) {
                    if (!$Array.isArray(object.mean))
                        throw $TypeError(".nnstream.v1.Normalizer.mean: array expected");
                    message.mean = $Array(object.mean.length);
                    for (let i = 0; i < object.mean.length; ++i)
                        message.mean[i] = $Number(object.mean[i]);
                }
                if (object.m2) {
                    if (!$Array.isArray(object.m2))
                        throw $TypeError(".nnstream.v1.Normalizer.m2: array expected");
                    message.m2 = $Array(object.m2.length);
                    for (let i = 0; i < object.m2.length; ++i)
                        message.m2[i] = $Number(object.m2[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Normalizer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Normalizer
             * @static
             * @param {nnstream.v1.Normalizer} message Normalizer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Normalizer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.mean = [];
                    object.m2 = [];
                }
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                if (message.mean && message.mean.length) {
                    object.mean = $Array(message.mean.length);
                    for (let j = 0; j < message.mean.length; ++j)
                        object.mean[j] = options.json && !$isFinite(message.mean[j]) ? $String(message.mean[j]) : message.mean[j];
                }
                if (message.m2 && message.m2.length) {
                    object.m2 = $Array(message.m2.length);
                    for (let j = 0; j < message.m2.length; ++j)
                        object.m2[j] = options.json && !$isFinite(message.m2[j]) ? $String(message.m2[j]) : message.m2[j];
                }
                return object;
            };

            /**
             * Converts this Normalizer to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Normalizer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Normalizer.prototype.toJSON = function() {
                return Normalizer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Normalizer
             * @function getTypeUrl
             * @memberof nnstream.v1.Normalizer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Normalizer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Normalizer";
            };

            return Normalizer;
        })();

        v1.OptimizerState = (function() {

            /**
             * Properties of an OptimizerState.
             * @typedef {Object} nnstream.v1.OptimizerState.$Properties
             * @property {string|null} [name] OptimizerState name
             * @property {number|null} [learningRate] OptimizerState learningRate
             * @property {number|null} [l2] OptimizerState l2
             * @property {Object.<string,number>|null} [scalars] OptimizerState scalars
             * @property {Array.<nnstream.v1.NamedArray.$Properties>|null} [arrays] OptimizerState arrays
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OptimizerState.
             * @memberof nnstream.v1
             * @interface IOptimizerState
             * @augments nnstream.v1.OptimizerState.$Properties
             * @deprecated Use nnstream.v1.OptimizerState.$Properties instead.
             */

            /**
             * Shape of an OptimizerState.
             * @typedef {nnstream.v1.OptimizerState.$Properties} nnstream.v1.OptimizerState.$Shape
             */

            /**
             * Constructs a new OptimizerState.
             * @memberof nnstream.v1
             * @classdesc Represents an OptimizerState.
             * @constructor
             * @param {nnstream.v1.OptimizerState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OptimizerState = function (properties) {
                this.scalars = {};
                this.arrays = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OptimizerState name.
             * @member {string} name
             * @memberof nnstream.v1.OptimizerState
             * @instance
             */
            OptimizerState.prototype.name = "";

            /**
             * OptimizerState learningRate.
             * @member {number} learningRate
             * @memberof nnstream.v1.OptimizerState
             * @instance
             */
            OptimizerState.prototype.learningRate = 0;

            /**
             * OptimizerState l2.
             * @member {number} l2
             * @memberof nnstream.v1.OptimizerState
             * @instance
             */
            OptimizerState.prototype.l2 = 0;

            /**
             * OptimizerState scalars.
             * @member {Object.<string,number>} scalars
             * @memberof nnstream.v1.OptimizerState
             * @instance
             */
            OptimizerState.prototype.scalars = $util.emptyObject;

            /**
             * OptimizerState arrays.
             * @member {Array.<nnstream.v1.NamedArray.$Properties>} arrays
             * @memberof nnstream.v1.OptimizerState
             * @instance
             */
            OptimizerState.prototype.arrays = $util.emptyArray;

            /**
             * Creates a new OptimizerState instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.OptimizerState
             * @static
             * @param {nnstream.v1.OptimizerState.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.OptimizerState} OptimizerState instance
             * @type {{
             *   (properties: nnstream.v1.OptimizerState.$Shape): nnstream.v1.OptimizerState & nnstream.v1.OptimizerState.$Shape;
             *   (properties?: nnstream.v1.OptimizerState.$Properties): nnstream.v1.OptimizerState;
             * }}
             */
            OptimizerState.create = function(properties) {
                return new OptimizerState(properties);
            };

            /**
             * Encodes the specified OptimizerState message. Does not implicitly {@link nnstream.v1.OptimizerState.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.OptimizerState
             * @static
             * @param {nnstream.v1.OptimizerState.$Properties} message OptimizerState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OptimizerState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate") && !$Object.is(message.learningRate, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.learningRate);
                if (message.l2 != null && $Object.hasOwnProperty.call(message, "l2") && !$Object.is(message.l2, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.l2);
                if (message.scalars != null && $Object.hasOwnProperty.call(message, "scalars"))
                    for (let keys = $Object.keys(message.scalars), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.scalars[keys[i]]).ldelim();
                if (message.arrays != null && message.arrays.length)
                    for (let i = 0; i < message.arrays.length; ++i)
                        $root.nnstream.v1.NamedArray.encode(message.arrays[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OptimizerState message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.OptimizerState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.OptimizerState & nnstream.v1.OptimizerState.$Shape} OptimizerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OptimizerState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.OptimizerState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.learningRate = value;
                            else
                                delete message.learningRate;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.l2 = value;
                            else
                                delete message.l2;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.scalars === $util.emptyObject)
                                message.scalars = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.scalars, key);
                            message.scalars[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.arrays && message.arrays.length))
                                message.arrays = [];
                            message.arrays.push($root.nnstream.v1.NamedArray.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an OptimizerState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.OptimizerState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.OptimizerState} OptimizerState
             */
            OptimizerState.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.OptimizerState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.OptimizerState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.OptimizerState();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.learningRate != null)
                    if (!$Object.is($Number(object.learningRate), 0))
                        message.learningRate = $Number(object.learningRate);
                if (object.l2 != null)
                    if (!$Object.is($Number(object.l2), 0))
                        message.l2 = $Number(object.l2);
                if (object.scalars) {
                    if (!$util.isObject(object.scalars))
                        throw $TypeError(".nnstream.v1.OptimizerState.scalars: object expected");
                    message.scalars = {};
                    for (let keys = $Object.keys(object.scalars), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.scalars, keys[i]);
                        message.scalars[keys[i]] = $Number(object.scalars[keys[i]]);
                    }
                }
                if (object.arrays) {
                    if (!$Array.isArray(object.arrays))
                        throw $TypeError(".nnstream.v1.OptimizerState.arrays: array expected");
                    message.arrays = $Array(object.arrays.length);
                    for (let i = 0; i < object.arrays.length; ++i) {
                        if (!$util.isObject(object.arrays[i]))
                            throw $TypeError(".nnstream.v1.OptimizerState.arrays: object expected");
                        message.arrays[i] = $root.nnstream.v1.NamedArray.fromObject(object.arrays[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an OptimizerState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.OptimizerState
             * @static
             * @param {nnstream.v1.OptimizerState} message OptimizerState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OptimizerState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.arrays = [];
                if (options.objects || options.defaults)
                    object.scalars = {};
                if (options.defaults) {
                    object.name = "";
                    object.learningRate = 0;
                    object.l2 = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate"))
                    object.learningRate = options.json && !$isFinite(message.learningRate) ? $String(message.learningRate) : message.learningRate;
                if (message.l2 != null && $Object.hasOwnProperty.call(message, "l2"))
                    object.l2 = options.json && !$isFinite(message.l2) ? $String(message.l2) : message.l2;
                let keys2;
                if (message.scalars && (keys2 = $Object.keys(message.scalars)).length) {
                    object.scalars = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.scalars, keys2[j]);
                        object.scalars[keys2[j]] = options.json && !$isFinite(message.scalars[keys2[j]]) ? $String(message.scalars[keys2[j]]) : message.scalars[keys2[j]];
                    }
                }
                if (message.arrays && message.arrays.length) {
                    object.arrays = $Array(message.arrays.length);
                    for (let j = 0; j < message.arrays.length; ++j)
                        object.arrays[j] = $root.nnstream.v1.NamedArray.toObject(message.arrays[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this OptimizerState to JSON.
             * @function toJSON
             * @memberof nnstream.v1.OptimizerState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OptimizerState.prototype.toJSON = function() {
                return OptimizerState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OptimizerState
             * @function getTypeUrl
             * @memberof nnstream.v1.OptimizerState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OptimizerState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.OptimizerState";
            };

            return OptimizerState;
        })();

        v1.NamedArray = (function() {

            /**
             * Properties of a NamedArray.
             * @typedef {Object} nnstream.v1.NamedArray.$Properties
             * @property {string|null} [name] NamedArray name
             * @property {Array.<number>|null} [values] NamedArray values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedArray.
             * @memberof nnstream.v1
             * @interface INamedArray
             * @augments nnstream.v1.NamedArray.$Properties
             * @deprecated Use nnstream.v1.NamedArray.$Properties instead.
             */

            /**
             * Shape of a NamedArray.
             * @typedef {nnstream.v1.NamedArray.$Properties} nnstream.v1.NamedArray.$Shape
             */

            /**
             * Constructs a new NamedArray.
             * @memberof nnstream.v1
             * @classdesc Represents a NamedArray.
             * @constructor
             * @param {nnstream.v1.NamedArray.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamedArray = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedArray name.
             * @member {string} name
             * @memberof nnstream.v1.NamedArray
             * @instance
             */
            NamedArray.prototype.name = "";

            /**
             * NamedArray values.
             * @member {Array.<number>} values
             * @memberof nnstream.v1.NamedArray
             * @instance
             */
            NamedArray.prototype.values = $util.emptyArray;

            /**
             * Creates a new NamedArray instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.NamedArray
             * @static
             * @param {nnstream.v1.NamedArray.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.NamedArray} NamedArray instance
             * @type {{
             *   (properties: nnstream.v1.NamedArray.$Shape): nnstream.v1.NamedArray & nnstream.v1.NamedArray.$Shape;
             *   (properties?: nnstream.v1.NamedArray.$Properties): nnstream.v1.NamedArray;
             * }}
             */
            NamedArray.create = function(properties) {
                return new NamedArray(properties);
            };

            /**
             * Encodes the specified NamedArray message. Does not implicitly {@link nnstream.v1.NamedArray.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.NamedArray
             * @static
             * @param {nnstream.v1.NamedArray.$Properties} message NamedArray message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedArray.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.values != null && message.values.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.values);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedArray message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.NamedArray
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.NamedArray & nnstream.v1.NamedArray.$Shape} NamedArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedArray.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.NamedArray();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.values && message.values.length))
                                    message.values = [];
                                reader.doubles(message.values);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NamedArray message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.NamedArray
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.NamedArray} NamedArray
             */
            NamedArray.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.NamedArray)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.NamedArray: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.NamedArray();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".nnstream.v1.NamedArray.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i)
                        message.values[i] = $Number(object.values[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a NamedArray message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.NamedArray
             * @static
             * @param {nnstream.v1.NamedArray} message NamedArray
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NamedArray.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = options.json && !$isFinite(message.values[j]) ? $String(message.values[j]) : message.values[j];
                }
                return object;
            };

            /**
             * Converts this NamedArray to JSON.
             * @function toJSON
             * @memberof nnstream.v1.NamedArray
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NamedArray.prototype.toJSON = function() {
                return NamedArray.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NamedArray
             * @function getTypeUrl
             * @memberof nnstream.v1.NamedArray
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NamedArray.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.NamedArray";
            };

            return NamedArray;
        })();

        v1.ParameterSnapshot = (function() {

            /**
             * Properties of a ParameterSnapshot.
             * @typedef {Object} nnstream.v1.ParameterSnapshot.$Properties
             * @property {number|null} [step] ParameterSnapshot step
             * @property {string|null} [task] ParameterSnapshot task
             * @property {Array.<nnstream.v1.Layer.$Properties>|null} [layers] ParameterSnapshot layers
             * @property {number|null} [samples] ParameterSnapshot samples
             * @property {string|null} [format] ParameterSnapshot format
             * @property {nnstream.v1.Normalizer.$Properties|null} [normalizer] ParameterSnapshot normalizer
             * @property {nnstream.v1.OptimizerState.$Properties|null} [optimizer] ParameterSnapshot optimizer
             * @property {number|null} [classes] ParameterSnapshot classes
             * @property {string|null} [rngState] ParameterSnapshot rngState
             * @property {number|null} [timeMs] ParameterSnapshot timeMs
             * @property {Object.<string,number>|null} [clientSeqs] ParameterSnapshot clientSeqs
             * @property {Object.<string,string>|null} [clientOwners] ParameterSnapshot clientOwners
             * @property {string|null} [checksum] ParameterSnapshot checksum
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ParameterSnapshot.
             * @memberof nnstream.v1
             * @interface IParameterSnapshot
             * @augments nnstream.v1.ParameterSnapshot.$Properties
             * @deprecated Use nnstream.v1.ParameterSnapshot.$Properties instead.
             */

            /**
             * Shape of a ParameterSnapshot.
             * @typedef {nnstream.v1.ParameterSnapshot.$Properties} nnstream.v1.ParameterSnapshot.$Shape
             */

            /**
             * Constructs a new ParameterSnapshot.
             * @memberof nnstream.v1
             * @classdesc Represents a ParameterSnapshot.
             * @constructor
             * @param {nnstream.v1.ParameterSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ParameterSnapshot = function (properties) {
                this.layers = [];
                this.clientSeqs = {};
                this.clientOwners = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ParameterSnapshot step.
             * @member {number} step
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ParameterSnapshot task.
             * @member {string} task
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.task = "";

            /**
             * ParameterSnapshot layers.
             * @member {Array.<nnstream.v1.Layer.$Properties>} layers
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.layers = $util.emptyArray;

            /**
             * ParameterSnapshot samples.
             * @member {number} samples
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ParameterSnapshot format.
             * @member {string} format
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.format = "";

            /**
             * ParameterSnapshot normalizer.
             * @member {nnstream.v1.Normalizer.$Properties|null|undefined} normalizer
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.normalizer = null;

            /**
             * ParameterSnapshot optimizer.
             * @member {nnstream.v1.OptimizerState.$Properties|null|undefined} optimizer
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.optimizer = null;

            /**
             * ParameterSnapshot classes.
             * @member {number} classes
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.classes = 0;

            /**
             * ParameterSnapshot rngState.
             * @member {string} rngState
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.rngState = "";

            /**
             * ParameterSnapshot timeMs.
             * @member {number} timeMs
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.timeMs = 0;

            /**
             * ParameterSnapshot clientSeqs.
             * @member {Object.<string,number>} clientSeqs
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.clientSeqs = $util.emptyObject;

            /**
             * ParameterSnapshot clientOwners.
             * @member {Object.<string,string>} clientOwners
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.clientOwners = $util.emptyObject;

            /**
             * ParameterSnapshot checksum.
             * @member {string} checksum
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             */
            ParameterSnapshot.prototype.checksum = "";

            /**
             * Creates a new ParameterSnapshot instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.ParameterSnapshot
             * @static
             * @param {nnstream.v1.ParameterSnapshot.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.ParameterSnapshot} ParameterSnapshot instance
             * @type {{
             *   (properties: nnstream.v1.ParameterSnapshot.$Shape): nnstream.v1.ParameterSnapshot & nnstream.v1.ParameterSnapshot.$Shape;
             *   (properties?: nnstream.v1.ParameterSnapshot.$Properties): nnstream.v1.ParameterSnapshot;
             * }}
             */
            ParameterSnapshot.create = function(properties) {
                return new ParameterSnapshot(properties);
            };

            /**
             * Encodes the specified ParameterSnapshot message. Does not implicitly {@link nnstream.v1.ParameterSnapshot.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.ParameterSnapshot
             * @static
             * @param {nnstream.v1.ParameterSnapshot.$Properties} message ParameterSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ParameterSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.step);
                if (message.task != null && $Object.hasOwnProperty.call(message, "task") && message.task !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.task);
                if (message.layers != null && message.layers.length)
                    for (let i = 0; i < message.layers.length; ++i)
                        $root.nnstream.v1.Layer.encode(message.layers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && (typeof message.samples === "object" ? message.samples.low || message.samples.high : message.samples !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.samples);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.format);
                if (message.normalizer != null && $Object.hasOwnProperty.call(message, "normalizer"))
                    $root.nnstream.v1.Normalizer.encode(message.normalizer, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.optimizer != null && $Object.hasOwnProperty.call(message, "optimizer"))
                    $root.nnstream.v1.OptimizerState.encode(message.optimizer, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.classes != null && $Object.hasOwnProperty.call(message, "classes") && message.classes !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.classes);
                if (message.rngState != null && $Object.hasOwnProperty.call(message, "rngState") && message.rngState !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.rngState);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && !$Object.is(message.timeMs, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.timeMs);
                if (message.clientSeqs != null && $Object.hasOwnProperty.call(message, "clientSeqs"))
                    for (let keys = $Object.keys(message.clientSeqs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.clientSeqs[keys[i]]).ldelim();
                if (message.clientOwners != null && $Object.hasOwnProperty.call(message, "clientOwners"))
                    for (let keys = $Object.keys(message.clientOwners), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 30, wireType 2 =*/242).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.clientOwners[keys[i]]).ldelim();
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== "")
                    writer.uint32(/* id 31, wireType 2 =*/250).string(message.checksum);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ParameterSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.ParameterSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.ParameterSnapshot & nnstream.v1.ParameterSnapshot.$Shape} ParameterSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ParameterSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.ParameterSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task = value;
                            else
                                delete message.task;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.layers && message.layers.length))
                                message.layers = [];
                            message.layers.push($root.nnstream.v1.Layer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.samples = value;
                            else
                                delete message.samples;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.normalizer = $root.nnstream.v1.Normalizer.decode(reader, reader.size(), $undefined, _depth + 1, message.normalizer);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.optimizer = $root.nnstream.v1.OptimizerState.decode(reader, reader.size(), $undefined, _depth + 1, message.optimizer);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.classes = value;
                            else
                                delete message.classes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rngState = value;
                            else
                                delete message.rngState;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.clientSeqs === $util.emptyObject)
                                message.clientSeqs = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.clientSeqs, key);
                            message.clientSeqs[key] = value;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            if (message.clientOwners === $util.emptyObject)
                                message.clientOwners = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.clientOwners, key);
                            message.clientOwners[key] = value;
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.checksum = value;
                            else
                                delete message.checksum;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ParameterSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.ParameterSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.ParameterSnapshot} ParameterSnapshot
             */
            ParameterSnapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.ParameterSnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.ParameterSnapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.ParameterSnapshot();
                if (object.step != null)
                    if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                        if ($util.Long)
                            message.step = $util.Long.fromValue(object.step, true);
                        else if (typeof object.step === "string")
                            message.step = $parseInt(object.step, 10);
                        else if (typeof object.step === "number")
                            message.step = object.step;
                        else if (typeof object.step === "object")
                            message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber(true);
                if (object.task != null)
                    if (typeof object.task !== "string" || object.task.length)
                        message.task = $String(object.task);
                if (object.layers) {
                    if (!$Array.isArray(object.layers))
                        throw $TypeError(".nnstream.v1.ParameterSnapshot.layers: array expected");
                    message.layers = $Array(object.layers.length);
                    for (let i = 0; i < object.layers.length; ++i) {
                        if (!$util.isObject(object.layers[i]))
                            throw $TypeError(".nnstream.v1.ParameterSnapshot.layers: object expected");
                        message.layers[i] = $root.nnstream.v1.Layer.fromObject(object.layers[i], _depth + 1);
                    }
                }
                if (object.samples != null)
                    if (typeof object.samples === "object" ? object.samples.low || object.samples.high : $Number(object.samples) !== 0)
                        if ($util.Long)
                            message.samples = $util.Long.fromValue(object.samples, true);
                        else if (typeof object.samples === "string")
                            message.samples = $parseInt(object.samples, 10);
                        else if (typeof object.samples === "number")
                            message.samples = object.samples;
                        else if (typeof object.samples === "object")
                            message.samples = new $util.LongBits(object.samples.low >>> 0, object.samples.high >>> 0).toNumber(true);
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.normalizer != null) {
                    if (!$util.isObject(object.normalizer))
                        throw $TypeError(".nnstream.v1.ParameterSnapshot.normalizer: object expected");
                    message.normalizer = $root.nnstream.v1.Normalizer.fromObject(object.normalizer, _depth + 1);
                }
                if (object.optimizer != null) {
                    if (!$util.isObject(object.optimizer))
                        throw $TypeError(".nnstream.v1.ParameterSnapshot.optimizer: object expected");
                    message.optimizer = $root.nnstream.v1.OptimizerState.fromObject(object.optimizer, _depth + 1);
                }
                if (object.classes != null)
                    if ($Number(object.classes) !== 0)
                        message.classes = object.classes >>> 0;
                if (object.rngState != null)
                    if (typeof object.rngState !== "string" || object.rngState.length)
                        message.rngState = $String(object.rngState);
                if (object.timeMs != null)
                    if (!$Object.is($Number(object.timeMs), 0))
                        message.timeMs = $Number(object.timeMs);
                if (object.clientSeqs) {
                    if (!$util.isObject(object.clientSeqs))
                        throw $TypeError(".nnstream.v1.ParameterSnapshot.clientSeqs: object expected");
                    message.clientSeqs = {};
                    for (let keys = $Object.keys(object.clientSeqs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.clientSeqs, keys[i]);
                        if ($util.Long)
                            message.clientSeqs[keys[i]] = $util.Long.fromValue(object.clientSeqs[keys[i]], true);
                        else if (typeof object.clientSeqs[keys[i]] === "string")
                            message.clientSeqs[keys[i]] = $parseInt(object.clientSeqs[keys[i]], 10);
                        else if (typeof object.clientSeqs[keys[i]] === "number")
                            message.clientSeqs[keys[i]] = object.clientSeqs[keys[i]];
                        else if (typeof object.clientSeqs[keys[i]] === "object")
                            message.clientSeqs[keys[i]] = new $util.LongBits(object.clientSeqs[keys[i]].low >>> 0, object.clientSeqs[keys[i]].high >>> 0).toNumber(true);
                    }
                }
                if (object.clientOwners) {
                    if (!$util.isObject(object.clientOwners))
                        throw $TypeError(".nnstream.v1.ParameterSnapshot.clientOwners: object expected");
                    message.clientOwners = {};
                    for (let keys = $Object.keys(object.clientOwners), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.clientOwners, keys[i]);
                        message.clientOwners[keys[i]] = $String(object.clientOwners[keys[i]]);
                    }
                }
                if (object.checksum != null)
                    if (typeof object.checksum !== "string" || object.checksum.length)
                        message.checksum = $String(object.checksum);
                return message;
            };

            /**
             * Creates a plain object from a ParameterSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.ParameterSnapshot
             * @static
             * @param {nnstream.v1.ParameterSnapshot} message ParameterSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ParameterSnapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.layers = [];
                if (options.objects || options.defaults) {
                    object.clientSeqs = {};
                    object.clientOwners = {};
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.task = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.samples = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.samples = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = "";
                    object.normalizer = null;
                    object.optimizer = null;
                    object.classes = 0;
                    object.rngState = "";
                    object.timeMs = 0;
                    object.checksum = "";
                }
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, true).toBigInt();
                    else if (typeof message.step === "number")
                        object.step = options.longs === $String ? $String(message.step) : message.step;
                    else
                        object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber(true) : message.step;
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    object.task = message.task;
                if (message.layers && message.layers.length) {
                    object.layers = $Array(message.layers.length);
                    for (let j = 0; j < message.layers.length; ++j)
                        object.layers[j] = $root.nnstream.v1.Layer.toObject(message.layers[j], options, _depth + 1);
                }
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.samples = typeof message.samples === "number" ? $BigInt(message.samples) : $util.Long.fromBits(message.samples.low >>> 0, message.samples.high >>> 0, true).toBigInt();
                    else if (typeof message.samples === "number")
                        object.samples = options.longs === $String ? $String(message.samples) : message.samples;
                    else
                        object.samples = options.longs === $String ? $util.Long.prototype.toString.call(message.samples) : options.longs === $Number ? new $util.LongBits(message.samples.low >>> 0, message.samples.high >>> 0).toNumber(true) : message.samples;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.normalizer != null && $Object.hasOwnProperty.call(message, "normalizer"))
                    object.normalizer = $root.nnstream.v1.Normalizer.toObject(message.normalizer, options, _depth + 1);
                if (message.optimizer != null && $Object.hasOwnProperty.call(message, "optimizer"))
                    object.optimizer = $root.nnstream.v1.OptimizerState.toObject(message.optimizer, options, _depth + 1);
                if (message.classes != null && $Object.hasOwnProperty.call(message, "classes"))
                    object.classes = message.classes;
                if (message.rngState != null && $Object.hasOwnProperty.call(message, "rngState"))
                    object.rngState = message.rngState;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    object.timeMs = options.json && !$isFinite(message.timeMs) ? $String(message.timeMs) : message.timeMs;
                let keys2;
                if (message.clientSeqs && (keys2 = $Object.keys(message.clientSeqs)).length) {
                    object.clientSeqs = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.clientSeqs, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.clientSeqs[keys2[j]] = typeof message.clientSeqs[keys2[j]] === "number" ? $BigInt(message.clientSeqs[keys2[j]]) : $util.Long.fromBits(message.clientSeqs[keys2[j]].low >>> 0, message.clientSeqs[keys2[j]].high >>> 0, true).toBigInt();
                        else if (typeof message.clientSeqs[keys2[j]] === "number")
                            object.clientSeqs[keys2[j]] = options.longs === $String ? $String(message.clientSeqs[keys2[j]]) : message.clientSeqs[keys2[j]];
                        else
                            object.clientSeqs[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.clientSeqs[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.clientSeqs[keys2[j]].low >>> 0, message.clientSeqs[keys2[j]].high >>> 0).toNumber(true) : message.clientSeqs[keys2[j]];
                    }
                }
                if (message.clientOwners && (keys2 = $Object.keys(message.clientOwners)).length) {
                    object.clientOwners = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.clientOwners, keys2[j]);
                        object.clientOwners[keys2[j]] = message.clientOwners[keys2[j]];
                    }
                }
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    object.checksum = message.checksum;
                return object;
            };

            /**
             * Converts this ParameterSnapshot to JSON.
             * @function toJSON
             * @memberof nnstream.v1.ParameterSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ParameterSnapshot.prototype.toJSON = function() {
                return ParameterSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ParameterSnapshot
             * @function getTypeUrl
             * @memberof nnstream.v1.ParameterSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ParameterSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.ParameterSnapshot";
            };

            return ParameterSnapshot;
        })();

        v1.ModelInfo = (function() {

            /**
             * Properties of a ModelInfo.
             * @typedef {Object} nnstream.v1.ModelInfo.$Properties
             * @property {Array.<number>|null} [sizes] ModelInfo sizes
             * @property {Array.<string>|null} [activations] ModelInfo activations
             * @property {string|null} [task] ModelInfo task
             * @property {number|null} [learningRate] ModelInfo learningRate
             * @property {number|null} [batchSize] ModelInfo batchSize
             * @property {string|null} [optimizer] ModelInfo optimizer
             * @property {number|null} [classes] ModelInfo classes
             * @property {boolean|null} [standardize] ModelInfo standardize
             * @property {number|null} [step] ModelInfo step
             * @property {number|null} [samples] ModelInfo samples
             * @property {string|null} [role] ModelInfo role
             * @property {number|null} [maxWaitMs] ModelInfo maxWaitMs
             * @property {boolean|null} [paused] ModelInfo paused
             * @property {string|null} [version] ModelInfo version
             * @property {number|null} [l2] ModelInfo l2
             * @property {Array.<string>|null} [featureNames] ModelInfo featureNames
             * @property {Array.<string>|null} [classNames] ModelInfo classNames
             * @property {string|null} [labelName] ModelInfo labelName
             * @property {string|null} [schemaJson] ModelInfo schemaJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelInfo.
             * @memberof nnstream.v1
             * @interface IModelInfo
             * @augments nnstream.v1.ModelInfo.$Properties
             * @deprecated Use nnstream.v1.ModelInfo.$Properties instead.
             */

            /**
             * Shape of a ModelInfo.
             * @typedef {nnstream.v1.ModelInfo.$Properties} nnstream.v1.ModelInfo.$Shape
             */

            /**
             * Constructs a new ModelInfo.
             * @memberof nnstream.v1
             * @classdesc Represents a ModelInfo.
             * @constructor
             * @param {nnstream.v1.ModelInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelInfo = function (properties) {
                this.sizes = [];
                this.activations = [];
                this.featureNames = [];
                this.classNames = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelInfo sizes.
             * @member {Array.<number>} sizes
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.sizes = $util.emptyArray;

            /**
             * ModelInfo activations.
             * @member {Array.<string>} activations
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.activations = $util.emptyArray;

            /**
             * ModelInfo task.
             * @member {string} task
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.task = "";

            /**
             * ModelInfo learningRate.
             * @member {number} learningRate
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.learningRate = 0;

            /**
             * ModelInfo batchSize.
             * @member {number} batchSize
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.batchSize = 0;

            /**
             * ModelInfo optimizer.
             * @member {string} optimizer
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.optimizer = "";

            /**
             * ModelInfo classes.
             * @member {number} classes
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.classes = 0;

            /**
             * ModelInfo standardize.
             * @member {boolean} standardize
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.standardize = false;

            /**
             * ModelInfo step.
             * @member {number} step
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelInfo samples.
             * @member {number} samples
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelInfo role.
             * @member {string} role
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.role = "";

            /**
             * ModelInfo maxWaitMs.
             * @member {number} maxWaitMs
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.maxWaitMs = 0;

            /**
             * ModelInfo paused.
             * @member {boolean} paused
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.paused = false;

            /**
             * ModelInfo version.
             * @member {string} version
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.version = "";

            /**
             * ModelInfo l2.
             * @member {number} l2
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.l2 = 0;

            /**
             * ModelInfo featureNames.
             * @member {Array.<string>} featureNames
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.featureNames = $util.emptyArray;

            /**
             * ModelInfo classNames.
             * @member {Array.<string>} classNames
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.classNames = $util.emptyArray;

            /**
             * ModelInfo labelName.
             * @member {string} labelName
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.labelName = "";

            /**
             * ModelInfo schemaJson.
             * @member {string} schemaJson
             * @memberof nnstream.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.schemaJson = "";

            /**
             * Creates a new ModelInfo instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.ModelInfo
             * @static
             * @param {nnstream.v1.ModelInfo.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.ModelInfo} ModelInfo instance
             * @type {{
             *   (properties: nnstream.v1.ModelInfo.$Shape): nnstream.v1.ModelInfo & nnstream.v1.ModelInfo.$Shape;
             *   (properties?: nnstream.v1.ModelInfo.$Properties): nnstream.v1.ModelInfo;
             * }}
             */
            ModelInfo.create = function(properties) {
                return new ModelInfo(properties);
            };

            /**
             * Encodes the specified ModelInfo message. Does not implicitly {@link nnstream.v1.ModelInfo.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.ModelInfo
             * @static
             * @param {nnstream.v1.ModelInfo.$Properties} message ModelInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sizes != null && message.sizes.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.sizes);
                if (message.activations != null && message.activations.length)
                    for (let i = 0; i < message.activations.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.activations[i]);
                if (message.task != null && $Object.hasOwnProperty.call(message, "task") && message.task !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.task);
                if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate") && !$Object.is(message.learningRate, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.learningRate);
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.batchSize);
                if (message.optimizer != null && $Object.hasOwnProperty.call(message, "optimizer") && message.optimizer !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.optimizer);
                if (message.classes != null && $Object.hasOwnProperty.call(message, "classes") && message.classes !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.classes);
                if (message.standardize != null && $Object.hasOwnProperty.call(message, "standardize") && message.standardize !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.standardize);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.step);
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && (typeof message.samples === "object" ? message.samples.low || message.samples.high : message.samples !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.samples);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.role);
                if (message.maxWaitMs != null && $Object.hasOwnProperty.call(message, "maxWaitMs") && message.maxWaitMs !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxWaitMs);
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.paused);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.version);
                if (message.l2 != null && $Object.hasOwnProperty.call(message, "l2") && !$Object.is(message.l2, 0))
                    writer.uint32(/* id 15, wireType 1 =*/121).double(message.l2);
                if (message.featureNames != null && message.featureNames.length)
                    for (let i = 0; i < message.featureNames.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.featureNames[i]);
                if (message.classNames != null && message.classNames.length)
                    for (let i = 0; i < message.classNames.length; ++i)
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.classNames[i]);
                if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName") && message.labelName !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.labelName);
                if (message.schemaJson != null && $Object.hasOwnProperty.call(message, "schemaJson") && message.schemaJson !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.schemaJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ModelInfo message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.ModelInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.ModelInfo & nnstream.v1.ModelInfo.$Shape} ModelInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.ModelInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.sizes && message.sizes.length))
                                    message.sizes = [];
                                reader.uint32s(message.sizes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.sizes && message.sizes.length))
                                message.sizes = [];
                            message.sizes.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.activations && message.activations.length))
                                message.activations = [];
                            message.activations.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task = value;
                            else
                                delete message.task;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.learningRate = value;
                            else
                                delete message.learningRate;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSize = value;
                            else
                                delete message.batchSize;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.optimizer = value;
                            else
                                delete message.optimizer;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.classes = value;
                            else
                                delete message.classes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.standardize = value;
                            else
                                delete message.standardize;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.samples = value;
                            else
                                delete message.samples;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxWaitMs = value;
                            else
                                delete message.maxWaitMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.paused = value;
                            else
                                delete message.paused;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.l2 = value;
                            else
                                delete message.l2;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.featureNames && message.featureNames.length))
                                message.featureNames = [];
                            message.featureNames.push(reader.stringVerify());
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.classNames && message.classNames.length))
                                message.classNames = [];
                            message.classNames.push(reader.stringVerify());
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.labelName = value;
                            else
                                delete message.labelName;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schemaJson = value;
                            else
                                delete message.schemaJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ModelInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.ModelInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.ModelInfo} ModelInfo
             */
            ModelInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.ModelInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.ModelInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.ModelInfo();
                if (object.sizes) {
                    if (!$Array.isArray(object.sizes))
                        throw $TypeError(".nnstream.v1.ModelInfo.sizes: array expected");
                    message.sizes = $Array(object.sizes.length);
                    for (let i = 0; i < object.sizes.length; ++i)
                        message.sizes[i] = object.sizes[i] >>> 0;
                }
                if (object.activations) {
                    if (!$Array.isArray(object.activations))
                        throw $TypeError(".nnstream.v1.ModelInfo.activations: array expected");
                    message.activations = $Array(object.activations.length);
                    for (let i = 0; i < object.activations.length; ++i)
                        message.activations[i] = $String(object.activations[i]);
                }
                if (object.task != null)
                    if (typeof object.task !== "string" || object.task.length)
                        message.task = $String(object.task);
                if (object.learningRate != null)
                    if (!$Object.is($Number(object.learningRate), 0))
                        message.learningRate = $Number(object.learningRate);
                if (object.batchSize != null)
                    if ($Number(object.batchSize) !== 0)
                        message.batchSize = object.batchSize >>> 0;
                if (object.optimizer != null)
                    if (typeof object.optimizer !== "string" || object.optimizer.length)
                        message.optimizer = $String(object.optimizer);
                if (object.classes != null)
                    if ($Number(object.classes) !== 0)
                        message.classes = object.classes >>> 0;
                if (object.standardize != null)
                    if (object.standardize)
                        message.standardize = $Boolean(object.standardize);
                if (object.step != null)
                    if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                        if ($util.Long)
                            message.step = $util.Long.fromValue(object.step, true);
                        else if (typeof object.step === "string")
                            message.step = $parseInt(object.step, 10);
                        else if (typeof object.step === "number")
                            message.step = object.step;
                        else if (typeof object.step === "object")
                            message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber(true);
                if (object.samples != null)
                    if (typeof object.samples === "object" ? object.samples.low || object.samples.high : $Number(object.samples) !== 0)
                        if ($util.Long)
                            message.samples = $util.Long.fromValue(object.samples, true);
                        else if (typeof object.samples === "string")
                            message.samples = $parseInt(object.samples, 10);
                        else if (typeof object.samples === "number")
                            message.samples = object.samples;
                        else if (typeof object.samples === "object")
                            message.samples = new $util.LongBits(object.samples.low >>> 0, object.samples.high >>> 0).toNumber(true);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.maxWaitMs != null)
                    if ($Number(object.maxWaitMs) !== 0)
                        message.maxWaitMs = object.maxWaitMs >>> 0;
                if (object.paused != null)
                    if (object.paused)
                        message.paused = $Boolean(object.paused);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.l2 != null)
                    if (!$Object.is($Number(object.l2), 0))
                        message.l2 = $Number(object.l2);
                if (object.featureNames) {
                    if (!$Array.isArray(object.featureNames))
                        throw $TypeError(".nnstream.v1.ModelInfo.featureNames: array expected");
                    message.featureNames = $Array(object.featureNames.length);
                    for (let i = 0; i < object.featureNames.length; ++i)
                        message.featureNames[i] = $String(object.featureNames[i]);
                }
                if (object.classNames) {
                    if (!$Array.isArray(object.classNames))
                        throw $TypeError(".nnstream.v1.ModelInfo.classNames: array expected");
                    message.classNames = $Array(object.classNames.length);
                    for (let i = 0; i < object.classNames.length; ++i)
                        message.classNames[i] = $String(object.classNames[i]);
                }
                if (object.labelName != null)
                    if (typeof object.labelName !== "string" || object.labelName.length)
                        message.labelName = $String(object.labelName);
                if (object.schemaJson != null)
                    if (typeof object.schemaJson !== "string" || object.schemaJson.length)
                        message.schemaJson = $String(object.schemaJson);
                return message;
            };

            /**
             * Creates a plain object from a ModelInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.ModelInfo
             * @static
             * @param {nnstream.v1.ModelInfo} message ModelInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.sizes = [];
                    object.activations = [];
                    object.featureNames = [];
                    object.classNames = [];
                }
                if (options.defaults) {
                    object.task = "";
                    object.learningRate = 0;
                    object.batchSize = 0;
                    object.optimizer = "";
                    object.classes = 0;
                    object.standardize = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.samples = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.samples = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.role = "";
                    object.maxWaitMs = 0;
                    object.paused = false;
                    object.version = "";
                    object.l2 = 0;
                    object.labelName = "";
                    object.schemaJson = "";
                }
                if (message.sizes && message.sizes.length) {
                    object.sizes = $Array(message.sizes.length);
                    for (let j = 0; j < message.sizes.length; ++j)
                        object.sizes[j] = message.sizes[j];
                }
                if (message.activations && message.activations.length) {
                    object.activations = $Array(message.activations.length);
                    for (let j = 0; j < message.activations.length; ++j)
                        object.activations[j] = message.activations[j];
                }
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    object.task = message.task;
                if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate"))
                    object.learningRate = options.json && !$isFinite(message.learningRate) ? $String(message.learningRate) : message.learningRate;
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    object.batchSize = message.batchSize;
                if (message.optimizer != null && $Object.hasOwnProperty.call(message, "optimizer"))
                    object.optimizer = message.optimizer;
                if (message.classes != null && $Object.hasOwnProperty.call(message, "classes"))
                    object.classes = message.classes;
                if (message.standardize != null && $Object.hasOwnProperty.call(message, "standardize"))
                    object.standardize = message.standardize;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, true).toBigInt();
                    else if (typeof message.step === "number")
                        object.step = options.longs === $String ? $String(message.step) : message.step;
                    else
                        object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber(true) : message.step;
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.samples = typeof message.samples === "number" ? $BigInt(message.samples) : $util.Long.fromBits(message.samples.low >>> 0, message.samples.high >>> 0, true).toBigInt();
                    else if (typeof message.samples === "number")
                        object.samples = options.longs === $String ? $String(message.samples) : message.samples;
                    else
                        object.samples = options.longs === $String ? $util.Long.prototype.toString.call(message.samples) : options.longs === $Number ? new $util.LongBits(message.samples.low >>> 0, message.samples.high >>> 0).toNumber(true) : message.samples;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.maxWaitMs != null && $Object.hasOwnProperty.call(message, "maxWaitMs"))
                    object.maxWaitMs = message.maxWaitMs;
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                    object.paused = message.paused;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.l2 != null && $Object.hasOwnProperty.call(message, "l2"))
                    object.l2 = options.json && !$isFinite(message.l2) ? $String(message.l2) : message.l2;
                if (message.featureNames && message.featureNames.length) {
                    object.featureNames = $Array(message.featureNames.length);
                    for (let j = 0; j < message.featureNames.length; ++j)
                        object.featureNames[j] = message.featureNames[j];
                }
                if (message.classNames && message.classNames.length) {
                    object.classNames = $Array(message.classNames.length);
                    for (let j = 0; j < message.classNames.length; ++j)
                        object.classNames[j] = message.classNames[j];
                }
                if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName"))
                    object.labelName = message.labelName;
                if (message.schemaJson != null && $Object.hasOwnProperty.call(message, "schemaJson"))
                    object.schemaJson = message.schemaJson;
                return object;
            };

            /**
             * Converts this ModelInfo to JSON.
             * @function toJSON
             * @memberof nnstream.v1.ModelInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelInfo.prototype.toJSON = function() {
                return ModelInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelInfo
             * @function getTypeUrl
             * @memberof nnstream.v1.ModelInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.ModelInfo";
            };

            return ModelInfo;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} nnstream.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|null} [ref] Error ref
             * @property {string|null} [refKind] Error refKind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof nnstream.v1
             * @interface IError
             * @augments nnstream.v1.Error.$Properties
             * @deprecated Use nnstream.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {nnstream.v1.Error.$Properties} nnstream.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof nnstream.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {nnstream.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof nnstream.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof nnstream.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error ref.
             * @member {number} ref
             * @memberof nnstream.v1.Error
             * @instance
             */
            Error.prototype.ref = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Error refKind.
             * @member {string} refKind
             * @memberof nnstream.v1.Error
             * @instance
             */
            Error.prototype.refKind = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Error
             * @static
             * @param {nnstream.v1.Error.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Error} Error instance
             * @type {{
             *   (properties: nnstream.v1.Error.$Shape): nnstream.v1.Error & nnstream.v1.Error.$Shape;
             *   (properties?: nnstream.v1.Error.$Properties): nnstream.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link nnstream.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Error
             * @static
             * @param {nnstream.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && (typeof message.ref === "object" ? message.ref.low || message.ref.high : message.ref !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ref);
                if (message.refKind != null && $Object.hasOwnProperty.call(message, "refKind") && message.refKind !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.refKind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Error & nnstream.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.refKind = value;
                            else
                                delete message.refKind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.ref != null)
                    if (typeof object.ref === "object" ? object.ref.low || object.ref.high : $Number(object.ref) !== 0)
                        if ($util.Long)
                            message.ref = $util.Long.fromValue(object.ref, true);
                        else if (typeof object.ref === "string")
                            message.ref = $parseInt(object.ref, 10);
                        else if (typeof object.ref === "number")
                            message.ref = object.ref;
                        else if (typeof object.ref === "object")
                            message.ref = new $util.LongBits(object.ref.low >>> 0, object.ref.high >>> 0).toNumber(true);
                if (object.refKind != null)
                    if (typeof object.refKind !== "string" || object.refKind.length)
                        message.refKind = $String(object.refKind);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Error
             * @static
             * @param {nnstream.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ref = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ref = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.refKind = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ref = typeof message.ref === "number" ? $BigInt(message.ref) : $util.Long.fromBits(message.ref.low >>> 0, message.ref.high >>> 0, true).toBigInt();
                    else if (typeof message.ref === "number")
                        object.ref = options.longs === $String ? $String(message.ref) : message.ref;
                    else
                        object.ref = options.longs === $String ? $util.Long.prototype.toString.call(message.ref) : options.longs === $Number ? new $util.LongBits(message.ref.low >>> 0, message.ref.high >>> 0).toNumber(true) : message.ref;
                if (message.refKind != null && $Object.hasOwnProperty.call(message, "refKind"))
                    object.refKind = message.refKind;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof nnstream.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Error";
            };

            return Error;
        })();

        v1.Control = (function() {

            /**
             * Properties of a Control.
             * @typedef {Object} nnstream.v1.Control.$Properties
             * @property {number|null} [id] Control id
             * @property {boolean|null} [pause] Control pause
             * @property {boolean|null} [resume] Control resume
             * @property {number|null} [setLearningRate] Control setLearningRate
             * @property {boolean|null} [reset] Control reset
             * @property {boolean|null} [checkpoint] Control checkpoint
             * @property {"pause"|"resume"|"setLearningRate"|"reset"|"checkpoint"} [action] Control action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Control.
             * @memberof nnstream.v1
             * @interface IControl
             * @augments nnstream.v1.Control.$Properties
             * @deprecated Use nnstream.v1.Control.$Properties instead.
             */

            /**
             * Narrowed shape of a Control.
             * @typedef {{
             *   id?: number|null;
             *   pause?: boolean|null;
             *   resume?: boolean|null;
             *   setLearningRate?: number|null;
             *   reset?: boolean|null;
             *   checkpoint?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ action?: undefined; pause?: null; resume?: null; setLearningRate?: null; reset?: null; checkpoint?: null }|{ action?: "pause"; pause: boolean; resume?: null; setLearningRate?: null; reset?: null; checkpoint?: null }|{ action?: "resume"; pause?: null; resume: boolean; setLearningRate?: null; reset?: null; checkpoint?: null }|{ action?: "setLearningRate"; pause?: null; resume?: null; setLearningRate: number; reset?: null; checkpoint?: null }|{ action?: "reset"; pause?: null; resume?: null; setLearningRate?: null; reset: boolean; checkpoint?: null }|{ action?: "checkpoint"; pause?: null; resume?: null; setLearningRate?: null; reset?: null; checkpoint: boolean })
             * )} nnstream.v1.Control.$Shape
             */

            /**
             * Constructs a new Control.
             * @memberof nnstream.v1
             * @classdesc Represents a Control.
             * @constructor
             * @param {nnstream.v1.Control.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Control = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Control id.
             * @member {number} id
             * @memberof nnstream.v1.Control
             * @instance
             */
            Control.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Control pause.
             * @member {boolean|null|undefined} pause
             * @memberof nnstream.v1.Control
             * @instance
             */
            Control.prototype.pause = null;

            /**
             * Control resume.
             * @member {boolean|null|undefined} resume
             * @memberof nnstream.v1.Control
             * @instance
             */
            Control.prototype.resume = null;

            /**
             * Control setLearningRate.
             * @member {number|null|undefined} setLearningRate
             * @memberof nnstream.v1.Control
             * @instance
             */
            Control.prototype.setLearningRate = null;

            /**
             * Control reset.
             * @member {boolean|null|undefined} reset
             * @memberof nnstream.v1.Control
             * @instance
             */
            Control.prototype.reset = null;

            /**
             * Control checkpoint.
             * @member {boolean|null|undefined} checkpoint
             * @memberof nnstream.v1.Control
             * @instance
             */
            Control.prototype.checkpoint = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Control action.
             * @member {"pause"|"resume"|"setLearningRate"|"reset"|"checkpoint"|undefined} action
             * @memberof nnstream.v1.Control
             * @instance
             */
            $Object.defineProperty(Control.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["pause", "resume", "setLearningRate", "reset", "checkpoint"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Control instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Control
             * @static
             * @param {nnstream.v1.Control.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Control} Control instance
             * @type {{
             *   (properties: nnstream.v1.Control.$Shape): nnstream.v1.Control & nnstream.v1.Control.$Shape;
             *   (properties?: nnstream.v1.Control.$Properties): nnstream.v1.Control;
             * }}
             */
            Control.create = function(properties) {
                return new Control(properties);
            };

            /**
             * Encodes the specified Control message. Does not implicitly {@link nnstream.v1.Control.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Control
             * @static
             * @param {nnstream.v1.Control.$Properties} message Control message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Control.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.pause != null && $Object.hasOwnProperty.call(message, "pause"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.pause);
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.resume);
                if (message.setLearningRate != null && $Object.hasOwnProperty.call(message, "setLearningRate"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.setLearningRate);
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reset);
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.checkpoint);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Control message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Control
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Control & nnstream.v1.Control.$Shape} Control
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Control.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Control();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.pause = reader.bool();
                            message.action = "pause";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.resume = reader.bool();
                            message.action = "resume";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.setLearningRate = reader.double();
                            message.action = "setLearningRate";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.reset = reader.bool();
                            message.action = "reset";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.checkpoint = reader.bool();
                            message.action = "checkpoint";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Control message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Control
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Control} Control
             */
            Control.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Control)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Control: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Control();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.pause != null)
                    message.pause = $Boolean(object.pause);
                if (object.resume != null)
                    message.resume = $Boolean(object.resume);
                if (object.setLearningRate != null)
                    message.setLearningRate = $Number(object.setLearningRate);
                if (object.reset != null)
                    message.reset = $Boolean(object.reset);
                if (object.checkpoint != null)
                    message.checkpoint = $Boolean(object.checkpoint);
                return message;
            };

            /**
             * Creates a plain object from a Control message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Control
             * @static
             * @param {nnstream.v1.Control} message Control
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Control.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.pause != null && $Object.hasOwnProperty.call(message, "pause")) {
                    object.pause = message.pause;
                    if (options.oneofs)
                        object.action = "pause";
                }
                if (message.resume != null && $Object.hasOwnProperty.call(message, "resume")) {
                    object.resume = message.resume;
                    if (options.oneofs)
                        object.action = "resume";
                }
                if (message.setLearningRate != null && $Object.hasOwnProperty.call(message, "setLearningRate")) {
                    object.setLearningRate = options.json && !$isFinite(message.setLearningRate) ? $String(message.setLearningRate) : message.setLearningRate;
                    if (options.oneofs)
                        object.action = "setLearningRate";
                }
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset")) {
                    object.reset = message.reset;
                    if (options.oneofs)
                        object.action = "reset";
                }
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint")) {
                    object.checkpoint = message.checkpoint;
                    if (options.oneofs)
                        object.action = "checkpoint";
                }
                return object;
            };

            /**
             * Converts this Control to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Control
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Control.prototype.toJSON = function() {
                return Control.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Control
             * @function getTypeUrl
             * @memberof nnstream.v1.Control
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Control.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Control";
            };

            return Control;
        })();

        v1.ControlResult = (function() {

            /**
             * Properties of a ControlResult.
             * @typedef {Object} nnstream.v1.ControlResult.$Properties
             * @property {number|null} [id] ControlResult id
             * @property {boolean|null} [ok] ControlResult ok
             * @property {string|null} [action] ControlResult action
             * @property {string|null} [message] ControlResult message
             * @property {nnstream.v1.ModelInfo.$Properties|null} [modelInfo] ControlResult modelInfo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ControlResult.
             * @memberof nnstream.v1
             * @interface IControlResult
             * @augments nnstream.v1.ControlResult.$Properties
             * @deprecated Use nnstream.v1.ControlResult.$Properties instead.
             */

            /**
             * Shape of a ControlResult.
             * @typedef {nnstream.v1.ControlResult.$Properties} nnstream.v1.ControlResult.$Shape
             */

            /**
             * Constructs a new ControlResult.
             * @memberof nnstream.v1
             * @classdesc Represents a ControlResult.
             * @constructor
             * @param {nnstream.v1.ControlResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ControlResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ControlResult id.
             * @member {number} id
             * @memberof nnstream.v1.ControlResult
             * @instance
             */
            ControlResult.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ControlResult ok.
             * @member {boolean} ok
             * @memberof nnstream.v1.ControlResult
             * @instance
             */
            ControlResult.prototype.ok = false;

            /**
             * ControlResult action.
             * @member {string} action
             * @memberof nnstream.v1.ControlResult
             * @instance
             */
            ControlResult.prototype.action = "";

            /**
             * ControlResult message.
             * @member {string} message
             * @memberof nnstream.v1.ControlResult
             * @instance
             */
            ControlResult.prototype.message = "";

            /**
             * ControlResult modelInfo.
             * @member {nnstream.v1.ModelInfo.$Properties|null|undefined} modelInfo
             * @memberof nnstream.v1.ControlResult
             * @instance
             */
            ControlResult.prototype.modelInfo = null;

            /**
             * Creates a new ControlResult instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.ControlResult
             * @static
             * @param {nnstream.v1.ControlResult.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.ControlResult} ControlResult instance
             * @type {{
             *   (properties: nnstream.v1.ControlResult.$Shape): nnstream.v1.ControlResult & nnstream.v1.ControlResult.$Shape;
             *   (properties?: nnstream.v1.ControlResult.$Properties): nnstream.v1.ControlResult;
             * }}
             */
            ControlResult.create = function(properties) {
                return new ControlResult(properties);
            };

            /**
             * Encodes the specified ControlResult message. Does not implicitly {@link nnstream.v1.ControlResult.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.ControlResult
             * @static
             * @param {nnstream.v1.ControlResult.$Properties} message ControlResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ControlResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.action);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.modelInfo != null && $Object.hasOwnProperty.call(message, "modelInfo"))
                    $root.nnstream.v1.ModelInfo.encode(message.modelInfo, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ControlResult message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.ControlResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.ControlResult & nnstream.v1.ControlResult.$Shape} ControlResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ControlResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.ControlResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.modelInfo = $root.nnstream.v1.ModelInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.modelInfo);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ControlResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.ControlResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.ControlResult} ControlResult
             */
            ControlResult.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.ControlResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.ControlResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.ControlResult();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.action != null)
                    if (typeof object.action !== "string" || object.action.length)
                        message.action = $String(object.action);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.modelInfo != null) {
                    if (!$util.isObject(object.modelInfo))
                        throw $TypeError(".nnstream.v1.ControlResult.modelInfo: object expected");
                    message.modelInfo = $root.nnstream.v1.ModelInfo.fromObject(object.modelInfo, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ControlResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.ControlResult
             * @static
             * @param {nnstream.v1.ControlResult} message ControlResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ControlResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ok = false;
                    object.action = "";
                    object.message = "";
                    object.modelInfo = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = message.action;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.modelInfo != null && $Object.hasOwnProperty.call(message, "modelInfo"))
                    object.modelInfo = $root.nnstream.v1.ModelInfo.toObject(message.modelInfo, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ControlResult to JSON.
             * @function toJSON
             * @memberof nnstream.v1.ControlResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ControlResult.prototype.toJSON = function() {
                return ControlResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ControlResult
             * @function getTypeUrl
             * @memberof nnstream.v1.ControlResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ControlResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.ControlResult";
            };

            return ControlResult;
        })();

        v1.Alert = (function() {

            /**
             * Properties of an Alert.
             * @typedef {Object} nnstream.v1.Alert.$Properties
             * @property {string|null} [code] Alert code
             * @property {string|null} [message] Alert message
             * @property {number|null} [step] Alert step
             * @property {number|null} [timeMs] Alert timeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alert.
             * @memberof nnstream.v1
             * @interface IAlert
             * @augments nnstream.v1.Alert.$Properties
             * @deprecated Use nnstream.v1.Alert.$Properties instead.
             */

            /**
             * Shape of an Alert.
             * @typedef {nnstream.v1.Alert.$Properties} nnstream.v1.Alert.$Shape
             */

            /**
             * Constructs a new Alert.
             * @memberof nnstream.v1
             * @classdesc Represents an Alert.
             * @constructor
             * @param {nnstream.v1.Alert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alert = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Alert code.
             * @member {string} code
             * @memberof nnstream.v1.Alert
             * @instance
             */
            Alert.prototype.code = "";

            /**
             * Alert message.
             * @member {string} message
             * @memberof nnstream.v1.Alert
             * @instance
             */
            Alert.prototype.message = "";

            /**
             * Alert step.
             * @member {number} step
             * @memberof nnstream.v1.Alert
             * @instance
             */
            Alert.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Alert timeMs.
             * @member {number} timeMs
             * @memberof nnstream.v1.Alert
             * @instance
             */
            Alert.prototype.timeMs = 0;

            /**
             * Creates a new Alert instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.Alert
             * @static
             * @param {nnstream.v1.Alert.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.Alert} Alert instance
             * @type {{
             *   (properties: nnstream.v1.Alert.$Shape): nnstream.v1.Alert & nnstream.v1.Alert.$Shape;
             *   (properties?: nnstream.v1.Alert.$Properties): nnstream.v1.Alert;
             * }}
             */
            Alert.create = function(properties) {
                return new Alert(properties);
            };

            /**
             * Encodes the specified Alert message. Does not implicitly {@link nnstream.v1.Alert.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.Alert
             * @static
             * @param {nnstream.v1.Alert.$Properties} message Alert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.step);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && !$Object.is(message.timeMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.timeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.Alert & nnstream.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.Alert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.Alert
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.Alert} Alert
             */
            Alert.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.Alert)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.Alert: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.Alert();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.step != null)
                    if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                        if ($util.Long)
                            message.step = $util.Long.fromValue(object.step, true);
                        else if (typeof object.step === "string")
                            message.step = $parseInt(object.step, 10);
                        else if (typeof object.step === "number")
                            message.step = object.step;
                        else if (typeof object.step === "object")
                            message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber(true);
                if (object.timeMs != null)
                    if (!$Object.is($Number(object.timeMs), 0))
                        message.timeMs = $Number(object.timeMs);
                return message;
            };

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.Alert
             * @static
             * @param {nnstream.v1.Alert} message Alert
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Alert.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.timeMs = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, true).toBigInt();
                    else if (typeof message.step === "number")
                        object.step = options.longs === $String ? $String(message.step) : message.step;
                    else
                        object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber(true) : message.step;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    object.timeMs = options.json && !$isFinite(message.timeMs) ? $String(message.timeMs) : message.timeMs;
                return object;
            };

            /**
             * Converts this Alert to JSON.
             * @function toJSON
             * @memberof nnstream.v1.Alert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alert.prototype.toJSON = function() {
                return Alert.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Alert
             * @function getTypeUrl
             * @memberof nnstream.v1.Alert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.Alert";
            };

            return Alert;
        })();

        v1.RecentSamples = (function() {

            /**
             * Properties of a RecentSamples.
             * @typedef {Object} nnstream.v1.RecentSamples.$Properties
             * @property {number|null} [n] RecentSamples n
             * @property {number|null} [m] RecentSamples m
             * @property {Array.<number>|null} [x] RecentSamples x
             * @property {Array.<number>|null} [y] RecentSamples y
             * @property {number|null} [step] RecentSamples step
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecentSamples.
             * @memberof nnstream.v1
             * @interface IRecentSamples
             * @augments nnstream.v1.RecentSamples.$Properties
             * @deprecated Use nnstream.v1.RecentSamples.$Properties instead.
             */

            /**
             * Shape of a RecentSamples.
             * @typedef {nnstream.v1.RecentSamples.$Properties} nnstream.v1.RecentSamples.$Shape
             */

            /**
             * Constructs a new RecentSamples.
             * @memberof nnstream.v1
             * @classdesc Represents a RecentSamples.
             * @constructor
             * @param {nnstream.v1.RecentSamples.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecentSamples = function (properties) {
                this.x = [];
                this.y = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecentSamples n.
             * @member {number} n
             * @memberof nnstream.v1.RecentSamples
             * @instance
             */
            RecentSamples.prototype.n = 0;

            /**
             * RecentSamples m.
             * @member {number} m
             * @memberof nnstream.v1.RecentSamples
             * @instance
             */
            RecentSamples.prototype.m = 0;

            /**
             * RecentSamples x.
             * @member {Array.<number>} x
             * @memberof nnstream.v1.RecentSamples
             * @instance
             */
            RecentSamples.prototype.x = $util.emptyArray;

            /**
             * RecentSamples y.
             * @member {Array.<number>} y
             * @memberof nnstream.v1.RecentSamples
             * @instance
             */
            RecentSamples.prototype.y = $util.emptyArray;

            /**
             * RecentSamples step.
             * @member {number} step
             * @memberof nnstream.v1.RecentSamples
             * @instance
             */
            RecentSamples.prototype.step = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RecentSamples instance using the specified properties.
             * @function create
             * @memberof nnstream.v1.RecentSamples
             * @static
             * @param {nnstream.v1.RecentSamples.$Properties=} [properties] Properties to set
             * @returns {nnstream.v1.RecentSamples} RecentSamples instance
             * @type {{
             *   (properties: nnstream.v1.RecentSamples.$Shape): nnstream.v1.RecentSamples & nnstream.v1.RecentSamples.$Shape;
             *   (properties?: nnstream.v1.RecentSamples.$Properties): nnstream.v1.RecentSamples;
             * }}
             */
            RecentSamples.create = function(properties) {
                return new RecentSamples(properties);
            };

            /**
             * Encodes the specified RecentSamples message. Does not implicitly {@link nnstream.v1.RecentSamples.verify|verify} messages.
             * @function encode
             * @memberof nnstream.v1.RecentSamples
             * @static
             * @param {nnstream.v1.RecentSamples.$Properties} message RecentSamples message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecentSamples.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.n);
                if (message.m != null && $Object.hasOwnProperty.call(message, "m") && message.m !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.m);
                if (message.x != null && message.x.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).doubles(message.x);
                if (message.y != null && message.y.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).doubles(message.y);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.step);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecentSamples message from the specified reader or buffer.
             * @function decode
             * @memberof nnstream.v1.RecentSamples
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {nnstream.v1.RecentSamples & nnstream.v1.RecentSamples.$Shape} RecentSamples
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecentSamples.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.nnstream.v1.RecentSamples();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.n = value;
                            else
                                delete message.n;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.m = value;
                            else
                                delete message.m;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.x && message.x.length))
                                    message.x = [];
                                reader.doubles(message.x);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.x && message.x.length))
                                message.x = [];
                            message.x.push(reader.double());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.y && message.y.length))
                                    message.y = [];
                                reader.doubles(message.y);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.y && message.y.length))
                                message.y = [];
                            message.y.push(reader.double());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RecentSamples message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof nnstream.v1.RecentSamples
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {nnstream.v1.RecentSamples} RecentSamples
             */
            RecentSamples.fromObject = function (object, _depth) {
                if (object instanceof $root.nnstream.v1.RecentSamples)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".nnstream.v1.RecentSamples: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.nnstream.v1.RecentSamples();
                if (object.n != null)
                    if ($Number(object.n) !== 0)
                        message.n = object.n >>> 0;
                if (object.m != null)
                    if ($Number(object.m) !== 0)
                        message.m = object.m >>> 0;
                if (object.x) {
                    if (!$Array.isArray(object.x))
                        throw $TypeError(".nnstream.v1.RecentSamples.x: array expected");
                    message.x = $Array(object.x.length);
                    for (let i = 0; i < object.x.length; ++i)
                        message.x[i] = $Number(object.x[i]);
                }
                if (object.y) {
                    if (!$Array.isArray(object.y))
                        throw $TypeError(".nnstream.v1.RecentSamples.y: array expected");
                    message.y = $Array(object.y.length);
                    for (let i = 0; i < object.y.length; ++i)
                        message.y[i] = $Number(object.y[i]);
                }
                if (object.step != null)
                    if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                        if ($util.Long)
                            message.step = $util.Long.fromValue(object.step, true);
                        else if (typeof object.step === "string")
                            message.step = $parseInt(object.step, 10);
                        else if (typeof object.step === "number")
                            message.step = object.step;
                        else if (typeof object.step === "object")
                            message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a RecentSamples message. Also converts values to other types if specified.
             * @function toObject
             * @memberof nnstream.v1.RecentSamples
             * @static
             * @param {nnstream.v1.RecentSamples} message RecentSamples
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecentSamples.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.x = [];
                    object.y = [];
                }
                if (options.defaults) {
                    object.n = 0;
                    object.m = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                    object.n = message.n;
                if (message.m != null && $Object.hasOwnProperty.call(message, "m"))
                    object.m = message.m;
                if (message.x && message.x.length) {
                    object.x = $Array(message.x.length);
                    for (let j = 0; j < message.x.length; ++j)
                        object.x[j] = options.json && !$isFinite(message.x[j]) ? $String(message.x[j]) : message.x[j];
                }
                if (message.y && message.y.length) {
                    object.y = $Array(message.y.length);
                    for (let j = 0; j < message.y.length; ++j)
                        object.y[j] = options.json && !$isFinite(message.y[j]) ? $String(message.y[j]) : message.y[j];
                }
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, true).toBigInt();
                    else if (typeof message.step === "number")
                        object.step = options.longs === $String ? $String(message.step) : message.step;
                    else
                        object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber(true) : message.step;
                return object;
            };

            /**
             * Converts this RecentSamples to JSON.
             * @function toJSON
             * @memberof nnstream.v1.RecentSamples
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecentSamples.prototype.toJSON = function() {
                return RecentSamples.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecentSamples
             * @function getTypeUrl
             * @memberof nnstream.v1.RecentSamples
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecentSamples.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/nnstream.v1.RecentSamples";
            };

            return RecentSamples;
        })();

        return v1;
    })();

    return nnstream;
})();

export {
  $root as default
};
