import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace nnstream. */
export namespace nnstream {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use nnstream.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends nnstream.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope hello. */
            hello?: (nnstream.v1.Hello.$Properties|null);

            /** Envelope sample. */
            sample?: (nnstream.v1.Sample.$Properties|null);

            /** Envelope sampleBatch. */
            sampleBatch?: (nnstream.v1.SampleBatch.$Properties|null);

            /** Envelope ack. */
            ack?: (nnstream.v1.Ack.$Properties|null);

            /** Envelope predictRequest. */
            predictRequest?: (nnstream.v1.PredictRequest.$Properties|null);

            /** Envelope predictResponse. */
            predictResponse?: (nnstream.v1.PredictResponse.$Properties|null);

            /** Envelope subscribe. */
            subscribe?: (nnstream.v1.Subscribe.$Properties|null);

            /** Envelope costReport. */
            costReport?: (nnstream.v1.CostReport.$Properties|null);

            /** Envelope parameterSnapshot. */
            parameterSnapshot?: (nnstream.v1.ParameterSnapshot.$Properties|null);

            /** Envelope modelInfo. */
            modelInfo?: (nnstream.v1.ModelInfo.$Properties|null);

            /** Envelope error. */
            error?: (nnstream.v1.Error.$Properties|null);

            /** Envelope control. */
            control?: (nnstream.v1.Control.$Properties|null);

            /** Envelope controlResult. */
            controlResult?: (nnstream.v1.ControlResult.$Properties|null);

            /** Envelope alert. */
            alert?: (nnstream.v1.Alert.$Properties|null);

            /** Envelope recentSamples. */
            recentSamples?: (nnstream.v1.RecentSamples.$Properties|null);

            /** Envelope record. */
            record?: (nnstream.v1.Record.$Properties|null);

            /** Envelope recordBatch. */
            recordBatch?: (nnstream.v1.RecordBatch.$Properties|null);

            /** Envelope predictRecords. */
            predictRecords?: (nnstream.v1.PredictRecords.$Properties|null);

            /** Envelope body. */
            body?: ("hello"|"sample"|"sampleBatch"|"ack"|"predictRequest"|"predictResponse"|"subscribe"|"costReport"|"parameterSnapshot"|"modelInfo"|"error"|"control"|"controlResult"|"alert"|"recentSamples"|"record"|"recordBatch"|"predictRecords");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: nnstream.v1.Envelope.$Shape): nnstream.v1.Envelope & nnstream.v1.Envelope.$Shape;
            static create(properties?: nnstream.v1.Envelope.$Properties): nnstream.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link nnstream.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Envelope & nnstream.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Envelope & nnstream.v1.Envelope.$Shape;

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope hello */
                hello?: (nnstream.v1.Hello.$Properties|null);

                /** Envelope sample */
                sample?: (nnstream.v1.Sample.$Properties|null);

                /** Envelope sampleBatch */
                sampleBatch?: (nnstream.v1.SampleBatch.$Properties|null);

                /** Envelope ack */
                ack?: (nnstream.v1.Ack.$Properties|null);

                /** Envelope predictRequest */
                predictRequest?: (nnstream.v1.PredictRequest.$Properties|null);

                /** Envelope predictResponse */
                predictResponse?: (nnstream.v1.PredictResponse.$Properties|null);

                /** Envelope subscribe */
                subscribe?: (nnstream.v1.Subscribe.$Properties|null);

                /** Envelope costReport */
                costReport?: (nnstream.v1.CostReport.$Properties|null);

                /** Envelope parameterSnapshot */
                parameterSnapshot?: (nnstream.v1.ParameterSnapshot.$Properties|null);

                /** Envelope modelInfo */
                modelInfo?: (nnstream.v1.ModelInfo.$Properties|null);

                /** Envelope error */
                error?: (nnstream.v1.Error.$Properties|null);

                /** Envelope control */
                control?: (nnstream.v1.Control.$Properties|null);

                /** Envelope controlResult */
                controlResult?: (nnstream.v1.ControlResult.$Properties|null);

                /** Envelope alert */
                alert?: (nnstream.v1.Alert.$Properties|null);

                /** Envelope recentSamples */
                recentSamples?: (nnstream.v1.RecentSamples.$Properties|null);

                /** Envelope record */
                record?: (nnstream.v1.Record.$Properties|null);

                /** Envelope recordBatch */
                recordBatch?: (nnstream.v1.RecordBatch.$Properties|null);

                /** Envelope predictRecords */
                predictRecords?: (nnstream.v1.PredictRecords.$Properties|null);

                /** Envelope body */
                body?: ("hello"|"sample"|"sampleBatch"|"ack"|"predictRequest"|"predictResponse"|"subscribe"|"costReport"|"parameterSnapshot"|"modelInfo"|"error"|"control"|"controlResult"|"alert"|"recentSamples"|"record"|"recordBatch"|"predictRecords");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              hello?: nnstream.v1.Hello.$Shape|null;
              sample?: nnstream.v1.Sample.$Shape|null;
              sampleBatch?: nnstream.v1.SampleBatch.$Shape|null;
              ack?: nnstream.v1.Ack.$Shape|null;
              predictRequest?: nnstream.v1.PredictRequest.$Shape|null;
              predictResponse?: nnstream.v1.PredictResponse.$Shape|null;
              subscribe?: nnstream.v1.Subscribe.$Shape|null;
              costReport?: nnstream.v1.CostReport.$Shape|null;
              parameterSnapshot?: nnstream.v1.ParameterSnapshot.$Shape|null;
              modelInfo?: nnstream.v1.ModelInfo.$Shape|null;
              error?: nnstream.v1.Error.$Shape|null;
              control?: nnstream.v1.Control.$Shape|null;
              controlResult?: nnstream.v1.ControlResult.$Shape|null;
              alert?: nnstream.v1.Alert.$Shape|null;
              recentSamples?: nnstream.v1.RecentSamples.$Shape|null;
              record?: nnstream.v1.Record.$Shape|null;
              recordBatch?: nnstream.v1.RecordBatch.$Shape|null;
              predictRecords?: nnstream.v1.PredictRecords.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "hello"; hello: nnstream.v1.Hello.$Shape; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "sample"; hello?: null; sample: nnstream.v1.Sample.$Shape; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "sampleBatch"; hello?: null; sample?: null; sampleBatch: nnstream.v1.SampleBatch.$Shape; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "ack"; hello?: null; sample?: null; sampleBatch?: null; ack: nnstream.v1.Ack.$Shape; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "predictRequest"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest: nnstream.v1.PredictRequest.$Shape; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "predictResponse"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse: nnstream.v1.PredictResponse.$Shape; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "subscribe"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe: nnstream.v1.Subscribe.$Shape; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "costReport"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport: nnstream.v1.CostReport.$Shape; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "parameterSnapshot"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot: nnstream.v1.ParameterSnapshot.$Shape; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "modelInfo"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo: nnstream.v1.ModelInfo.$Shape; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "error"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error: nnstream.v1.Error.$Shape; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "control"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control: nnstream.v1.Control.$Shape; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "controlResult"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult: nnstream.v1.ControlResult.$Shape; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "alert"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert: nnstream.v1.Alert.$Shape; recentSamples?: null; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "recentSamples"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples: nnstream.v1.RecentSamples.$Shape; record?: null; recordBatch?: null; predictRecords?: null }|{ body?: "record"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record: nnstream.v1.Record.$Shape; recordBatch?: null; predictRecords?: null }|{ body?: "recordBatch"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch: nnstream.v1.RecordBatch.$Shape; predictRecords?: null }|{ body?: "predictRecords"; hello?: null; sample?: null; sampleBatch?: null; ack?: null; predictRequest?: null; predictResponse?: null; subscribe?: null; costReport?: null; parameterSnapshot?: null; modelInfo?: null; error?: null; control?: null; controlResult?: null; alert?: null; recentSamples?: null; record?: null; recordBatch?: null; predictRecords: nnstream.v1.PredictRecords.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use nnstream.v1.Hello.$Properties instead.
         */
        interface IHello extends nnstream.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello clientId. */
            clientId: string;

            /** Hello clientName. */
            clientName: string;

            /** Hello secret. */
            secret: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: nnstream.v1.Hello.$Shape): nnstream.v1.Hello & nnstream.v1.Hello.$Shape;
            static create(properties?: nnstream.v1.Hello.$Properties): nnstream.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link nnstream.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Hello & nnstream.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Hello & nnstream.v1.Hello.$Shape;

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello clientId */
                clientId?: (string|null);

                /** Hello clientName */
                clientName?: (string|null);

                /** Hello secret */
                secret?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = nnstream.v1.Hello.$Properties;
        }

        /**
         * Properties of a Sample.
         * @deprecated Use nnstream.v1.Sample.$Properties instead.
         */
        interface ISample extends nnstream.v1.Sample.$Properties {
        }

        /** Represents a Sample. */
        class Sample {

            /**
             * Constructs a new Sample.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Sample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sample x. */
            x: number[];

            /** Sample y. */
            y: number[];

            /** Sample seq. */
            seq: number;

            /** Sample xRaw. */
            xRaw: Uint8Array;

            /**
             * Creates a new Sample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sample instance
             */
            static create(properties: nnstream.v1.Sample.$Shape): nnstream.v1.Sample & nnstream.v1.Sample.$Shape;
            static create(properties?: nnstream.v1.Sample.$Properties): nnstream.v1.Sample;

            /**
             * Encodes the specified Sample message. Does not implicitly {@link nnstream.v1.Sample.verify|verify} messages.
             * @param message Sample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sample message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Sample & nnstream.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Sample & nnstream.v1.Sample.$Shape;

            /**
             * Creates a Sample message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sample
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Sample;

            /**
             * Creates a plain object from a Sample message. Also converts values to other types if specified.
             * @param message Sample
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sample
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sample {

            /** Properties of a Sample. */
            interface $Properties {

                /** Sample x */
                x?: (number[]|null);

                /** Sample y */
                y?: (number[]|null);

                /** Sample seq */
                seq?: (number|null);

                /** Sample xRaw */
                xRaw?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sample. */
            type $Shape = nnstream.v1.Sample.$Properties;
        }

        /**
         * Properties of a SampleBatch.
         * @deprecated Use nnstream.v1.SampleBatch.$Properties instead.
         */
        interface ISampleBatch extends nnstream.v1.SampleBatch.$Properties {
        }

        /** Represents a SampleBatch. */
        class SampleBatch {

            /**
             * Constructs a new SampleBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.SampleBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SampleBatch n. */
            n: number;

            /** SampleBatch m. */
            m: number;

            /** SampleBatch x. */
            x: number[];

            /** SampleBatch y. */
            y: number[];

            /** SampleBatch firstSeq. */
            firstSeq: number;

            /** SampleBatch xRaw. */
            xRaw: Uint8Array;

            /** SampleBatch yRaw. */
            yRaw: Uint8Array;

            /**
             * Creates a new SampleBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SampleBatch instance
             */
            static create(properties: nnstream.v1.SampleBatch.$Shape): nnstream.v1.SampleBatch & nnstream.v1.SampleBatch.$Shape;
            static create(properties?: nnstream.v1.SampleBatch.$Properties): nnstream.v1.SampleBatch;

            /**
             * Encodes the specified SampleBatch message. Does not implicitly {@link nnstream.v1.SampleBatch.verify|verify} messages.
             * @param message SampleBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.SampleBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SampleBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.SampleBatch & nnstream.v1.SampleBatch.$Shape} SampleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.SampleBatch & nnstream.v1.SampleBatch.$Shape;

            /**
             * Creates a SampleBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SampleBatch
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.SampleBatch;

            /**
             * Creates a plain object from a SampleBatch message. Also converts values to other types if specified.
             * @param message SampleBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.SampleBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SampleBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SampleBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SampleBatch {

            /** Properties of a SampleBatch. */
            interface $Properties {

                /** SampleBatch n */
                n?: (number|null);

                /** SampleBatch m */
                m?: (number|null);

                /** SampleBatch x */
                x?: (number[]|null);

                /** SampleBatch y */
                y?: (number[]|null);

                /** SampleBatch firstSeq */
                firstSeq?: (number|null);

                /** SampleBatch xRaw */
                xRaw?: (Uint8Array|null);

                /** SampleBatch yRaw */
                yRaw?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SampleBatch. */
            type $Shape = nnstream.v1.SampleBatch.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use nnstream.v1.Ack.$Properties instead.
         */
        interface IAck extends nnstream.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack throughSeq. */
            throughSeq: number;

            /** Ack durableSeq. */
            durableSeq: number;

            /** Ack modelStep. */
            modelStep: number;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: nnstream.v1.Ack.$Shape): nnstream.v1.Ack & nnstream.v1.Ack.$Shape;
            static create(properties?: nnstream.v1.Ack.$Properties): nnstream.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link nnstream.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Ack & nnstream.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Ack & nnstream.v1.Ack.$Shape;

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack throughSeq */
                throughSeq?: (number|null);

                /** Ack durableSeq */
                durableSeq?: (number|null);

                /** Ack modelStep */
                modelStep?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = nnstream.v1.Ack.$Properties;
        }

        /**
         * Properties of a PredictRequest.
         * @deprecated Use nnstream.v1.PredictRequest.$Properties instead.
         */
        interface IPredictRequest extends nnstream.v1.PredictRequest.$Properties {
        }

        /** Represents a PredictRequest. */
        class PredictRequest {

            /**
             * Constructs a new PredictRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.PredictRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PredictRequest id. */
            id: number;

            /** PredictRequest n. */
            n: number;

            /** PredictRequest m. */
            m: number;

            /** PredictRequest x. */
            x: number[];

            /** PredictRequest xRaw. */
            xRaw: Uint8Array;

            /**
             * Creates a new PredictRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PredictRequest instance
             */
            static create(properties: nnstream.v1.PredictRequest.$Shape): nnstream.v1.PredictRequest & nnstream.v1.PredictRequest.$Shape;
            static create(properties?: nnstream.v1.PredictRequest.$Properties): nnstream.v1.PredictRequest;

            /**
             * Encodes the specified PredictRequest message. Does not implicitly {@link nnstream.v1.PredictRequest.verify|verify} messages.
             * @param message PredictRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.PredictRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PredictRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.PredictRequest & nnstream.v1.PredictRequest.$Shape} PredictRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.PredictRequest & nnstream.v1.PredictRequest.$Shape;

            /**
             * Creates a PredictRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PredictRequest
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.PredictRequest;

            /**
             * Creates a plain object from a PredictRequest message. Also converts values to other types if specified.
             * @param message PredictRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.PredictRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PredictRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PredictRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PredictRequest {

            /** Properties of a PredictRequest. */
            interface $Properties {

                /** PredictRequest id */
                id?: (number|null);

                /** PredictRequest n */
                n?: (number|null);

                /** PredictRequest m */
                m?: (number|null);

                /** PredictRequest x */
                x?: (number[]|null);

                /** PredictRequest xRaw */
                xRaw?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PredictRequest. */
            type $Shape = nnstream.v1.PredictRequest.$Properties;
        }

        /**
         * Properties of a PredictResponse.
         * @deprecated Use nnstream.v1.PredictResponse.$Properties instead.
         */
        interface IPredictResponse extends nnstream.v1.PredictResponse.$Properties {
        }

        /** Represents a PredictResponse. */
        class PredictResponse {

            /**
             * Constructs a new PredictResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.PredictResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PredictResponse id. */
            id: number;

            /** PredictResponse yHat. */
            yHat: number[];

            /** PredictResponse modelStep. */
            modelStep: number;

            /** PredictResponse k. */
            k: number;

            /** PredictResponse m. */
            m: number;

            /** PredictResponse labels. */
            labels: string[];

            /**
             * Creates a new PredictResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PredictResponse instance
             */
            static create(properties: nnstream.v1.PredictResponse.$Shape): nnstream.v1.PredictResponse & nnstream.v1.PredictResponse.$Shape;
            static create(properties?: nnstream.v1.PredictResponse.$Properties): nnstream.v1.PredictResponse;

            /**
             * Encodes the specified PredictResponse message. Does not implicitly {@link nnstream.v1.PredictResponse.verify|verify} messages.
             * @param message PredictResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.PredictResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PredictResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.PredictResponse & nnstream.v1.PredictResponse.$Shape} PredictResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.PredictResponse & nnstream.v1.PredictResponse.$Shape;

            /**
             * Creates a PredictResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PredictResponse
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.PredictResponse;

            /**
             * Creates a plain object from a PredictResponse message. Also converts values to other types if specified.
             * @param message PredictResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.PredictResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PredictResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PredictResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PredictResponse {

            /** Properties of a PredictResponse. */
            interface $Properties {

                /** PredictResponse id */
                id?: (number|null);

                /** PredictResponse yHat */
                yHat?: (number[]|null);

                /** PredictResponse modelStep */
                modelStep?: (number|null);

                /** PredictResponse k */
                k?: (number|null);

                /** PredictResponse m */
                m?: (number|null);

                /** PredictResponse labels */
                labels?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PredictResponse. */
            type $Shape = nnstream.v1.PredictResponse.$Properties;
        }

        /**
         * Properties of a Record.
         * @deprecated Use nnstream.v1.Record.$Properties instead.
         */
        interface IRecord extends nnstream.v1.Record.$Properties {
        }

        /** Represents a Record. */
        class Record {

            /**
             * Constructs a new Record.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Record.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Record fields. */
            fields: { [k: string]: string };

            /** Record seq. */
            seq: number;

            /**
             * Creates a new Record instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Record instance
             */
            static create(properties: nnstream.v1.Record.$Shape): nnstream.v1.Record & nnstream.v1.Record.$Shape;
            static create(properties?: nnstream.v1.Record.$Properties): nnstream.v1.Record;

            /**
             * Encodes the specified Record message. Does not implicitly {@link nnstream.v1.Record.verify|verify} messages.
             * @param message Record message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Record.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Record message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Record & nnstream.v1.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Record & nnstream.v1.Record.$Shape;

            /**
             * Creates a Record message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Record
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Record;

            /**
             * Creates a plain object from a Record message. Also converts values to other types if specified.
             * @param message Record
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Record, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Record to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Record
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Record {

            /** Properties of a Record. */
            interface $Properties {

                /** Record fields */
                fields?: ({ [k: string]: string }|null);

                /** Record seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Record. */
            type $Shape = nnstream.v1.Record.$Properties;
        }

        /**
         * Properties of a RecordBatch.
         * @deprecated Use nnstream.v1.RecordBatch.$Properties instead.
         */
        interface IRecordBatch extends nnstream.v1.RecordBatch.$Properties {
        }

        /** Represents a RecordBatch. */
        class RecordBatch {

            /**
             * Constructs a new RecordBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.RecordBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordBatch records. */
            records: nnstream.v1.Record.$Properties[];

            /** RecordBatch firstSeq. */
            firstSeq: number;

            /**
             * Creates a new RecordBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordBatch instance
             */
            static create(properties: nnstream.v1.RecordBatch.$Shape): nnstream.v1.RecordBatch & nnstream.v1.RecordBatch.$Shape;
            static create(properties?: nnstream.v1.RecordBatch.$Properties): nnstream.v1.RecordBatch;

            /**
             * Encodes the specified RecordBatch message. Does not implicitly {@link nnstream.v1.RecordBatch.verify|verify} messages.
             * @param message RecordBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.RecordBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.RecordBatch & nnstream.v1.RecordBatch.$Shape} RecordBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.RecordBatch & nnstream.v1.RecordBatch.$Shape;

            /**
             * Creates a RecordBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordBatch
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.RecordBatch;

            /**
             * Creates a plain object from a RecordBatch message. Also converts values to other types if specified.
             * @param message RecordBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.RecordBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecordBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordBatch {

            /** Properties of a RecordBatch. */
            interface $Properties {

                /** RecordBatch records */
                records?: (nnstream.v1.Record.$Properties[]|null);

                /** RecordBatch firstSeq */
                firstSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordBatch. */
            type $Shape = nnstream.v1.RecordBatch.$Properties;
        }

        /**
         * Properties of a PredictRecords.
         * @deprecated Use nnstream.v1.PredictRecords.$Properties instead.
         */
        interface IPredictRecords extends nnstream.v1.PredictRecords.$Properties {
        }

        /** Represents a PredictRecords. */
        class PredictRecords {

            /**
             * Constructs a new PredictRecords.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.PredictRecords.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PredictRecords id. */
            id: number;

            /** PredictRecords records. */
            records: nnstream.v1.Record.$Properties[];

            /**
             * Creates a new PredictRecords instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PredictRecords instance
             */
            static create(properties: nnstream.v1.PredictRecords.$Shape): nnstream.v1.PredictRecords & nnstream.v1.PredictRecords.$Shape;
            static create(properties?: nnstream.v1.PredictRecords.$Properties): nnstream.v1.PredictRecords;

            /**
             * Encodes the specified PredictRecords message. Does not implicitly {@link nnstream.v1.PredictRecords.verify|verify} messages.
             * @param message PredictRecords message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.PredictRecords.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PredictRecords message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.PredictRecords & nnstream.v1.PredictRecords.$Shape} PredictRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.PredictRecords & nnstream.v1.PredictRecords.$Shape;

            /**
             * Creates a PredictRecords message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PredictRecords
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.PredictRecords;

            /**
             * Creates a plain object from a PredictRecords message. Also converts values to other types if specified.
             * @param message PredictRecords
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.PredictRecords, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PredictRecords to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PredictRecords
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PredictRecords {

            /** Properties of a PredictRecords. */
            interface $Properties {

                /** PredictRecords id */
                id?: (number|null);

                /** PredictRecords records */
                records?: (nnstream.v1.Record.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PredictRecords. */
            type $Shape = nnstream.v1.PredictRecords.$Properties;
        }

        /**
         * Properties of a Subscribe.
         * @deprecated Use nnstream.v1.Subscribe.$Properties instead.
         */
        interface ISubscribe extends nnstream.v1.Subscribe.$Properties {
        }

        /** Represents a Subscribe. */
        class Subscribe {

            /**
             * Constructs a new Subscribe.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Subscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subscribe cost. */
            cost: boolean;

            /** Subscribe params. */
            params: boolean;

            /** Subscribe costEverySteps. */
            costEverySteps: number;

            /** Subscribe costMaxPerSecond. */
            costMaxPerSecond: number;

            /** Subscribe paramsEverySteps. */
            paramsEverySteps: number;

            /** Subscribe paramsMaxPerSecond. */
            paramsMaxPerSecond: number;

            /** Subscribe recent. */
            recent: boolean;

            /** Subscribe recentMax. */
            recentMax: number;

            /** Subscribe history. */
            history: boolean;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subscribe instance
             */
            static create(properties: nnstream.v1.Subscribe.$Shape): nnstream.v1.Subscribe & nnstream.v1.Subscribe.$Shape;
            static create(properties?: nnstream.v1.Subscribe.$Properties): nnstream.v1.Subscribe;

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link nnstream.v1.Subscribe.verify|verify} messages.
             * @param message Subscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Subscribe & nnstream.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Subscribe & nnstream.v1.Subscribe.$Shape;

            /**
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Subscribe
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Subscribe;

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @param message Subscribe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Subscribe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Subscribe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscribe {

            /** Properties of a Subscribe. */
            interface $Properties {

                /** Subscribe cost */
                cost?: (boolean|null);

                /** Subscribe params */
                params?: (boolean|null);

                /** Subscribe costEverySteps */
                costEverySteps?: (number|null);

                /** Subscribe costMaxPerSecond */
                costMaxPerSecond?: (number|null);

                /** Subscribe paramsEverySteps */
                paramsEverySteps?: (number|null);

                /** Subscribe paramsMaxPerSecond */
                paramsMaxPerSecond?: (number|null);

                /** Subscribe recent */
                recent?: (boolean|null);

                /** Subscribe recentMax */
                recentMax?: (number|null);

                /** Subscribe history */
                history?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subscribe. */
            type $Shape = nnstream.v1.Subscribe.$Properties;
        }

        /**
         * Properties of a CostReport.
         * @deprecated Use nnstream.v1.CostReport.$Properties instead.
         */
        interface ICostReport extends nnstream.v1.CostReport.$Properties {
        }

        /** Represents a CostReport. */
        class CostReport {

            /**
             * Constructs a new CostReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.CostReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CostReport step. */
            step: number;

            /** CostReport samples. */
            samples: number;

            /** CostReport cost. */
            cost: number;

            /** CostReport accuracy. */
            accuracy: number;

            /** CostReport loss. */
            loss: number;

            /** CostReport samplesPerSecond. */
            samplesPerSecond: number;

            /** CostReport timeMs. */
            timeMs: number;

            /** CostReport batchSize. */
            batchSize: number;

            /** CostReport smoothedCost. */
            smoothedCost: number;

            /** CostReport smoothedAccuracy. */
            smoothedAccuracy: number;

            /** CostReport connections. */
            connections: number;

            /** CostReport paused. */
            paused: boolean;

            /** CostReport learningRate. */
            learningRate: number;

            /** CostReport smoothedLoss. */
            smoothedLoss: number;

            /** CostReport holdoutLoss. */
            holdoutLoss: number;

            /** CostReport holdoutAccuracy. */
            holdoutAccuracy: number;

            /** CostReport holdoutRmse. */
            holdoutRmse: number;

            /** CostReport holdoutSamples. */
            holdoutSamples: number;

            /** CostReport holdoutR2. */
            holdoutR2: number;

            /** CostReport history. */
            history: boolean;

            /** CostReport costMin. */
            costMin: number;

            /** CostReport costMax. */
            costMax: number;

            /**
             * Creates a new CostReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CostReport instance
             */
            static create(properties: nnstream.v1.CostReport.$Shape): nnstream.v1.CostReport & nnstream.v1.CostReport.$Shape;
            static create(properties?: nnstream.v1.CostReport.$Properties): nnstream.v1.CostReport;

            /**
             * Encodes the specified CostReport message. Does not implicitly {@link nnstream.v1.CostReport.verify|verify} messages.
             * @param message CostReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.CostReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CostReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.CostReport & nnstream.v1.CostReport.$Shape} CostReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.CostReport & nnstream.v1.CostReport.$Shape;

            /**
             * Creates a CostReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CostReport
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.CostReport;

            /**
             * Creates a plain object from a CostReport message. Also converts values to other types if specified.
             * @param message CostReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.CostReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CostReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CostReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CostReport {

            /** Properties of a CostReport. */
            interface $Properties {

                /** CostReport step */
                step?: (number|null);

                /** CostReport samples */
                samples?: (number|null);

                /** CostReport cost */
                cost?: (number|null);

                /** CostReport accuracy */
                accuracy?: (number|null);

                /** CostReport loss */
                loss?: (number|null);

                /** CostReport samplesPerSecond */
                samplesPerSecond?: (number|null);

                /** CostReport timeMs */
                timeMs?: (number|null);

                /** CostReport batchSize */
                batchSize?: (number|null);

                /** CostReport smoothedCost */
                smoothedCost?: (number|null);

                /** CostReport smoothedAccuracy */
                smoothedAccuracy?: (number|null);

                /** CostReport connections */
                connections?: (number|null);

                /** CostReport paused */
                paused?: (boolean|null);

                /** CostReport learningRate */
                learningRate?: (number|null);

                /** CostReport smoothedLoss */
                smoothedLoss?: (number|null);

                /** CostReport holdoutLoss */
                holdoutLoss?: (number|null);

                /** CostReport holdoutAccuracy */
                holdoutAccuracy?: (number|null);

                /** CostReport holdoutRmse */
                holdoutRmse?: (number|null);

                /** CostReport holdoutSamples */
                holdoutSamples?: (number|null);

                /** CostReport holdoutR2 */
                holdoutR2?: (number|null);

                /** CostReport history */
                history?: (boolean|null);

                /** CostReport costMin */
                costMin?: (number|null);

                /** CostReport costMax */
                costMax?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CostReport. */
            type $Shape = nnstream.v1.CostReport.$Properties;
        }

        /**
         * Properties of a Layer.
         * @deprecated Use nnstream.v1.Layer.$Properties instead.
         */
        interface ILayer extends nnstream.v1.Layer.$Properties {
        }

        /** Represents a Layer. */
        class Layer {

            /**
             * Constructs a new Layer.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Layer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Layer rows. */
            rows: number;

            /** Layer cols. */
            cols: number;

            /** Layer activation. */
            activation: string;

            /** Layer w. */
            w: number[];

            /** Layer b. */
            b: number[];

            /**
             * Creates a new Layer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Layer instance
             */
            static create(properties: nnstream.v1.Layer.$Shape): nnstream.v1.Layer & nnstream.v1.Layer.$Shape;
            static create(properties?: nnstream.v1.Layer.$Properties): nnstream.v1.Layer;

            /**
             * Encodes the specified Layer message. Does not implicitly {@link nnstream.v1.Layer.verify|verify} messages.
             * @param message Layer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Layer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Layer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Layer & nnstream.v1.Layer.$Shape} Layer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Layer & nnstream.v1.Layer.$Shape;

            /**
             * Creates a Layer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Layer
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Layer;

            /**
             * Creates a plain object from a Layer message. Also converts values to other types if specified.
             * @param message Layer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Layer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Layer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Layer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Layer {

            /** Properties of a Layer. */
            interface $Properties {

                /** Layer rows */
                rows?: (number|null);

                /** Layer cols */
                cols?: (number|null);

                /** Layer activation */
                activation?: (string|null);

                /** Layer w */
                w?: (number[]|null);

                /** Layer b */
                b?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Layer. */
            type $Shape = nnstream.v1.Layer.$Properties;
        }

        /**
         * Properties of a Normalizer.
         * @deprecated Use nnstream.v1.Normalizer.$Properties instead.
         */
        interface INormalizer extends nnstream.v1.Normalizer.$Properties {
        }

        /** Represents a Normalizer. */
        class Normalizer {

            /**
             * Constructs a new Normalizer.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Normalizer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Normalizer count. */
            count: number;

            /** Normalizer mean. */
            mean: number[];

            /** Normalizer m2. */
            m2: number[];

            /**
             * Creates a new Normalizer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Normalizer instance
             */
            static create(properties: nnstream.v1.Normalizer.$Shape): nnstream.v1.Normalizer & nnstream.v1.Normalizer.$Shape;
            static create(properties?: nnstream.v1.Normalizer.$Properties): nnstream.v1.Normalizer;

            /**
             * Encodes the specified Normalizer message. Does not implicitly {@link nnstream.v1.Normalizer.verify|verify} messages.
             * @param message Normalizer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Normalizer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Normalizer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Normalizer & nnstream.v1.Normalizer.$Shape} Normalizer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Normalizer & nnstream.v1.Normalizer.$Shape;

            /**
             * Creates a Normalizer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Normalizer
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Normalizer;

            /**
             * Creates a plain object from a Normalizer message. Also converts values to other types if specified.
             * @param message Normalizer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Normalizer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Normalizer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Normalizer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Normalizer {

            /** Properties of a Normalizer. */
            interface $Properties {

                /** Normalizer count */
                count?: (number|null);

                /** Normalizer mean */
                mean?: (number[]|null);

                /** Normalizer m2 */
                m2?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Normalizer. */
            type $Shape = nnstream.v1.Normalizer.$Properties;
        }

        /**
         * Properties of an OptimizerState.
         * @deprecated Use nnstream.v1.OptimizerState.$Properties instead.
         */
        interface IOptimizerState extends nnstream.v1.OptimizerState.$Properties {
        }

        /** Represents an OptimizerState. */
        class OptimizerState {

            /**
             * Constructs a new OptimizerState.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.OptimizerState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OptimizerState name. */
            name: string;

            /** OptimizerState learningRate. */
            learningRate: number;

            /** OptimizerState l2. */
            l2: number;

            /** OptimizerState scalars. */
            scalars: { [k: string]: number };

            /** OptimizerState arrays. */
            arrays: nnstream.v1.NamedArray.$Properties[];

            /**
             * Creates a new OptimizerState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OptimizerState instance
             */
            static create(properties: nnstream.v1.OptimizerState.$Shape): nnstream.v1.OptimizerState & nnstream.v1.OptimizerState.$Shape;
            static create(properties?: nnstream.v1.OptimizerState.$Properties): nnstream.v1.OptimizerState;

            /**
             * Encodes the specified OptimizerState message. Does not implicitly {@link nnstream.v1.OptimizerState.verify|verify} messages.
             * @param message OptimizerState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.OptimizerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OptimizerState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.OptimizerState & nnstream.v1.OptimizerState.$Shape} OptimizerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.OptimizerState & nnstream.v1.OptimizerState.$Shape;

            /**
             * Creates an OptimizerState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OptimizerState
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.OptimizerState;

            /**
             * Creates a plain object from an OptimizerState message. Also converts values to other types if specified.
             * @param message OptimizerState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.OptimizerState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OptimizerState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OptimizerState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OptimizerState {

            /** Properties of an OptimizerState. */
            interface $Properties {

                /** OptimizerState name */
                name?: (string|null);

                /** OptimizerState learningRate */
                learningRate?: (number|null);

                /** OptimizerState l2 */
                l2?: (number|null);

                /** OptimizerState scalars */
                scalars?: ({ [k: string]: number }|null);

                /** OptimizerState arrays */
                arrays?: (nnstream.v1.NamedArray.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OptimizerState. */
            type $Shape = nnstream.v1.OptimizerState.$Properties;
        }

        /**
         * Properties of a NamedArray.
         * @deprecated Use nnstream.v1.NamedArray.$Properties instead.
         */
        interface INamedArray extends nnstream.v1.NamedArray.$Properties {
        }

        /** Represents a NamedArray. */
        class NamedArray {

            /**
             * Constructs a new NamedArray.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.NamedArray.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedArray name. */
            name: string;

            /** NamedArray values. */
            values: number[];

            /**
             * Creates a new NamedArray instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamedArray instance
             */
            static create(properties: nnstream.v1.NamedArray.$Shape): nnstream.v1.NamedArray & nnstream.v1.NamedArray.$Shape;
            static create(properties?: nnstream.v1.NamedArray.$Properties): nnstream.v1.NamedArray;

            /**
             * Encodes the specified NamedArray message. Does not implicitly {@link nnstream.v1.NamedArray.verify|verify} messages.
             * @param message NamedArray message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.NamedArray.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedArray message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.NamedArray & nnstream.v1.NamedArray.$Shape} NamedArray
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.NamedArray & nnstream.v1.NamedArray.$Shape;

            /**
             * Creates a NamedArray message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NamedArray
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.NamedArray;

            /**
             * Creates a plain object from a NamedArray message. Also converts values to other types if specified.
             * @param message NamedArray
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.NamedArray, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NamedArray to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NamedArray
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamedArray {

            /** Properties of a NamedArray. */
            interface $Properties {

                /** NamedArray name */
                name?: (string|null);

                /** NamedArray values */
                values?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedArray. */
            type $Shape = nnstream.v1.NamedArray.$Properties;
        }

        /**
         * Properties of a ParameterSnapshot.
         * @deprecated Use nnstream.v1.ParameterSnapshot.$Properties instead.
         */
        interface IParameterSnapshot extends nnstream.v1.ParameterSnapshot.$Properties {
        }

        /** Represents a ParameterSnapshot. */
        class ParameterSnapshot {

            /**
             * Constructs a new ParameterSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.ParameterSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParameterSnapshot step. */
            step: number;

            /** ParameterSnapshot task. */
            task: string;

            /** ParameterSnapshot layers. */
            layers: nnstream.v1.Layer.$Properties[];

            /** ParameterSnapshot samples. */
            samples: number;

            /** ParameterSnapshot format. */
            format: string;

            /** ParameterSnapshot normalizer. */
            normalizer?: (nnstream.v1.Normalizer.$Properties|null);

            /** ParameterSnapshot optimizer. */
            optimizer?: (nnstream.v1.OptimizerState.$Properties|null);

            /** ParameterSnapshot classes. */
            classes: number;

            /** ParameterSnapshot rngState. */
            rngState: string;

            /** ParameterSnapshot timeMs. */
            timeMs: number;

            /** ParameterSnapshot clientSeqs. */
            clientSeqs: { [k: string]: number };

            /** ParameterSnapshot clientOwners. */
            clientOwners: { [k: string]: string };

            /** ParameterSnapshot checksum. */
            checksum: string;

            /**
             * Creates a new ParameterSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParameterSnapshot instance
             */
            static create(properties: nnstream.v1.ParameterSnapshot.$Shape): nnstream.v1.ParameterSnapshot & nnstream.v1.ParameterSnapshot.$Shape;
            static create(properties?: nnstream.v1.ParameterSnapshot.$Properties): nnstream.v1.ParameterSnapshot;

            /**
             * Encodes the specified ParameterSnapshot message. Does not implicitly {@link nnstream.v1.ParameterSnapshot.verify|verify} messages.
             * @param message ParameterSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.ParameterSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParameterSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.ParameterSnapshot & nnstream.v1.ParameterSnapshot.$Shape} ParameterSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.ParameterSnapshot & nnstream.v1.ParameterSnapshot.$Shape;

            /**
             * Creates a ParameterSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ParameterSnapshot
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.ParameterSnapshot;

            /**
             * Creates a plain object from a ParameterSnapshot message. Also converts values to other types if specified.
             * @param message ParameterSnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.ParameterSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParameterSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ParameterSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ParameterSnapshot {

            /** Properties of a ParameterSnapshot. */
            interface $Properties {

                /** ParameterSnapshot step */
                step?: (number|null);

                /** ParameterSnapshot task */
                task?: (string|null);

                /** ParameterSnapshot layers */
                layers?: (nnstream.v1.Layer.$Properties[]|null);

                /** ParameterSnapshot samples */
                samples?: (number|null);

                /** ParameterSnapshot format */
                format?: (string|null);

                /** ParameterSnapshot normalizer */
                normalizer?: (nnstream.v1.Normalizer.$Properties|null);

                /** ParameterSnapshot optimizer */
                optimizer?: (nnstream.v1.OptimizerState.$Properties|null);

                /** ParameterSnapshot classes */
                classes?: (number|null);

                /** ParameterSnapshot rngState */
                rngState?: (string|null);

                /** ParameterSnapshot timeMs */
                timeMs?: (number|null);

                /** ParameterSnapshot clientSeqs */
                clientSeqs?: ({ [k: string]: number }|null);

                /** ParameterSnapshot clientOwners */
                clientOwners?: ({ [k: string]: string }|null);

                /** ParameterSnapshot checksum */
                checksum?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParameterSnapshot. */
            type $Shape = nnstream.v1.ParameterSnapshot.$Properties;
        }

        /**
         * Properties of a ModelInfo.
         * @deprecated Use nnstream.v1.ModelInfo.$Properties instead.
         */
        interface IModelInfo extends nnstream.v1.ModelInfo.$Properties {
        }

        /** Represents a ModelInfo. */
        class ModelInfo {

            /**
             * Constructs a new ModelInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.ModelInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelInfo sizes. */
            sizes: number[];

            /** ModelInfo activations. */
            activations: string[];

            /** ModelInfo task. */
            task: string;

            /** ModelInfo learningRate. */
            learningRate: number;

            /** ModelInfo batchSize. */
            batchSize: number;

            /** ModelInfo optimizer. */
            optimizer: string;

            /** ModelInfo classes. */
            classes: number;

            /** ModelInfo standardize. */
            standardize: boolean;

            /** ModelInfo step. */
            step: number;

            /** ModelInfo samples. */
            samples: number;

            /** ModelInfo role. */
            role: string;

            /** ModelInfo maxWaitMs. */
            maxWaitMs: number;

            /** ModelInfo paused. */
            paused: boolean;

            /** ModelInfo version. */
            version: string;

            /** ModelInfo l2. */
            l2: number;

            /** ModelInfo featureNames. */
            featureNames: string[];

            /** ModelInfo classNames. */
            classNames: string[];

            /** ModelInfo labelName. */
            labelName: string;

            /** ModelInfo schemaJson. */
            schemaJson: string;

            /**
             * Creates a new ModelInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelInfo instance
             */
            static create(properties: nnstream.v1.ModelInfo.$Shape): nnstream.v1.ModelInfo & nnstream.v1.ModelInfo.$Shape;
            static create(properties?: nnstream.v1.ModelInfo.$Properties): nnstream.v1.ModelInfo;

            /**
             * Encodes the specified ModelInfo message. Does not implicitly {@link nnstream.v1.ModelInfo.verify|verify} messages.
             * @param message ModelInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.ModelInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.ModelInfo & nnstream.v1.ModelInfo.$Shape} ModelInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.ModelInfo & nnstream.v1.ModelInfo.$Shape;

            /**
             * Creates a ModelInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelInfo
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.ModelInfo;

            /**
             * Creates a plain object from a ModelInfo message. Also converts values to other types if specified.
             * @param message ModelInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.ModelInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelInfo {

            /** Properties of a ModelInfo. */
            interface $Properties {

                /** ModelInfo sizes */
                sizes?: (number[]|null);

                /** ModelInfo activations */
                activations?: (string[]|null);

                /** ModelInfo task */
                task?: (string|null);

                /** ModelInfo learningRate */
                learningRate?: (number|null);

                /** ModelInfo batchSize */
                batchSize?: (number|null);

                /** ModelInfo optimizer */
                optimizer?: (string|null);

                /** ModelInfo classes */
                classes?: (number|null);

                /** ModelInfo standardize */
                standardize?: (boolean|null);

                /** ModelInfo step */
                step?: (number|null);

                /** ModelInfo samples */
                samples?: (number|null);

                /** ModelInfo role */
                role?: (string|null);

                /** ModelInfo maxWaitMs */
                maxWaitMs?: (number|null);

                /** ModelInfo paused */
                paused?: (boolean|null);

                /** ModelInfo version */
                version?: (string|null);

                /** ModelInfo l2 */
                l2?: (number|null);

                /** ModelInfo featureNames */
                featureNames?: (string[]|null);

                /** ModelInfo classNames */
                classNames?: (string[]|null);

                /** ModelInfo labelName */
                labelName?: (string|null);

                /** ModelInfo schemaJson */
                schemaJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelInfo. */
            type $Shape = nnstream.v1.ModelInfo.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use nnstream.v1.Error.$Properties instead.
         */
        interface IError extends nnstream.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error ref. */
            ref: number;

            /** Error refKind. */
            refKind: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: nnstream.v1.Error.$Shape): nnstream.v1.Error & nnstream.v1.Error.$Shape;
            static create(properties?: nnstream.v1.Error.$Properties): nnstream.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link nnstream.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Error & nnstream.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Error & nnstream.v1.Error.$Shape;

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error ref */
                ref?: (number|null);

                /** Error refKind */
                refKind?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = nnstream.v1.Error.$Properties;
        }

        /**
         * Properties of a Control.
         * @deprecated Use nnstream.v1.Control.$Properties instead.
         */
        interface IControl extends nnstream.v1.Control.$Properties {
        }

        /** Represents a Control. */
        class Control {

            /**
             * Constructs a new Control.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Control.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Control id. */
            id: number;

            /** Control pause. */
            pause?: (boolean|null);

            /** Control resume. */
            resume?: (boolean|null);

            /** Control setLearningRate. */
            setLearningRate?: (number|null);

            /** Control reset. */
            reset?: (boolean|null);

            /** Control checkpoint. */
            checkpoint?: (boolean|null);

            /** Control action. */
            action?: ("pause"|"resume"|"setLearningRate"|"reset"|"checkpoint");

            /**
             * Creates a new Control instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Control instance
             */
            static create(properties: nnstream.v1.Control.$Shape): nnstream.v1.Control & nnstream.v1.Control.$Shape;
            static create(properties?: nnstream.v1.Control.$Properties): nnstream.v1.Control;

            /**
             * Encodes the specified Control message. Does not implicitly {@link nnstream.v1.Control.verify|verify} messages.
             * @param message Control message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Control.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Control message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Control & nnstream.v1.Control.$Shape} Control
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Control & nnstream.v1.Control.$Shape;

            /**
             * Creates a Control message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Control
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Control;

            /**
             * Creates a plain object from a Control message. Also converts values to other types if specified.
             * @param message Control
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Control, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Control to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Control
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Control {

            /** Properties of a Control. */
            interface $Properties {

                /** Control id */
                id?: (number|null);

                /** Control pause */
                pause?: (boolean|null);

                /** Control resume */
                resume?: (boolean|null);

                /** Control setLearningRate */
                setLearningRate?: (number|null);

                /** Control reset */
                reset?: (boolean|null);

                /** Control checkpoint */
                checkpoint?: (boolean|null);

                /** Control action */
                action?: ("pause"|"resume"|"setLearningRate"|"reset"|"checkpoint");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Control. */
            type $Shape = {
              id?: number|null;
              pause?: boolean|null;
              resume?: boolean|null;
              setLearningRate?: number|null;
              reset?: boolean|null;
              checkpoint?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ action?: undefined; pause?: null; resume?: null; setLearningRate?: null; reset?: null; checkpoint?: null }|{ action?: "pause"; pause: boolean; resume?: null; setLearningRate?: null; reset?: null; checkpoint?: null }|{ action?: "resume"; pause?: null; resume: boolean; setLearningRate?: null; reset?: null; checkpoint?: null }|{ action?: "setLearningRate"; pause?: null; resume?: null; setLearningRate: number; reset?: null; checkpoint?: null }|{ action?: "reset"; pause?: null; resume?: null; setLearningRate?: null; reset: boolean; checkpoint?: null }|{ action?: "checkpoint"; pause?: null; resume?: null; setLearningRate?: null; reset?: null; checkpoint: boolean })
            );
        }

        /**
         * Properties of a ControlResult.
         * @deprecated Use nnstream.v1.ControlResult.$Properties instead.
         */
        interface IControlResult extends nnstream.v1.ControlResult.$Properties {
        }

        /** Represents a ControlResult. */
        class ControlResult {

            /**
             * Constructs a new ControlResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.ControlResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlResult id. */
            id: number;

            /** ControlResult ok. */
            ok: boolean;

            /** ControlResult action. */
            action: string;

            /** ControlResult message. */
            message: string;

            /** ControlResult modelInfo. */
            modelInfo?: (nnstream.v1.ModelInfo.$Properties|null);

            /**
             * Creates a new ControlResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlResult instance
             */
            static create(properties: nnstream.v1.ControlResult.$Shape): nnstream.v1.ControlResult & nnstream.v1.ControlResult.$Shape;
            static create(properties?: nnstream.v1.ControlResult.$Properties): nnstream.v1.ControlResult;

            /**
             * Encodes the specified ControlResult message. Does not implicitly {@link nnstream.v1.ControlResult.verify|verify} messages.
             * @param message ControlResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.ControlResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.ControlResult & nnstream.v1.ControlResult.$Shape} ControlResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.ControlResult & nnstream.v1.ControlResult.$Shape;

            /**
             * Creates a ControlResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ControlResult
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.ControlResult;

            /**
             * Creates a plain object from a ControlResult message. Also converts values to other types if specified.
             * @param message ControlResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.ControlResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlResult {

            /** Properties of a ControlResult. */
            interface $Properties {

                /** ControlResult id */
                id?: (number|null);

                /** ControlResult ok */
                ok?: (boolean|null);

                /** ControlResult action */
                action?: (string|null);

                /** ControlResult message */
                message?: (string|null);

                /** ControlResult modelInfo */
                modelInfo?: (nnstream.v1.ModelInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlResult. */
            type $Shape = nnstream.v1.ControlResult.$Properties;
        }

        /**
         * Properties of an Alert.
         * @deprecated Use nnstream.v1.Alert.$Properties instead.
         */
        interface IAlert extends nnstream.v1.Alert.$Properties {
        }

        /** Represents an Alert. */
        class Alert {

            /**
             * Constructs a new Alert.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.Alert.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alert code. */
            code: string;

            /** Alert message. */
            message: string;

            /** Alert step. */
            step: number;

            /** Alert timeMs. */
            timeMs: number;

            /**
             * Creates a new Alert instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alert instance
             */
            static create(properties: nnstream.v1.Alert.$Shape): nnstream.v1.Alert & nnstream.v1.Alert.$Shape;
            static create(properties?: nnstream.v1.Alert.$Properties): nnstream.v1.Alert;

            /**
             * Encodes the specified Alert message. Does not implicitly {@link nnstream.v1.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.Alert & nnstream.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.Alert & nnstream.v1.Alert.$Shape;

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Alert
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.Alert;

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @param message Alert
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.Alert, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alert to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Alert
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Alert {

            /** Properties of an Alert. */
            interface $Properties {

                /** Alert code */
                code?: (string|null);

                /** Alert message */
                message?: (string|null);

                /** Alert step */
                step?: (number|null);

                /** Alert timeMs */
                timeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Alert. */
            type $Shape = nnstream.v1.Alert.$Properties;
        }

        /**
         * Properties of a RecentSamples.
         * @deprecated Use nnstream.v1.RecentSamples.$Properties instead.
         */
        interface IRecentSamples extends nnstream.v1.RecentSamples.$Properties {
        }

        /** Represents a RecentSamples. */
        class RecentSamples {

            /**
             * Constructs a new RecentSamples.
             * @param [properties] Properties to set
             */
            constructor(properties?: nnstream.v1.RecentSamples.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecentSamples n. */
            n: number;

            /** RecentSamples m. */
            m: number;

            /** RecentSamples x. */
            x: number[];

            /** RecentSamples y. */
            y: number[];

            /** RecentSamples step. */
            step: number;

            /**
             * Creates a new RecentSamples instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecentSamples instance
             */
            static create(properties: nnstream.v1.RecentSamples.$Shape): nnstream.v1.RecentSamples & nnstream.v1.RecentSamples.$Shape;
            static create(properties?: nnstream.v1.RecentSamples.$Properties): nnstream.v1.RecentSamples;

            /**
             * Encodes the specified RecentSamples message. Does not implicitly {@link nnstream.v1.RecentSamples.verify|verify} messages.
             * @param message RecentSamples message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: nnstream.v1.RecentSamples.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecentSamples message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {nnstream.v1.RecentSamples & nnstream.v1.RecentSamples.$Shape} RecentSamples
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nnstream.v1.RecentSamples & nnstream.v1.RecentSamples.$Shape;

            /**
             * Creates a RecentSamples message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecentSamples
             */
            static fromObject(object: { [k: string]: any }): nnstream.v1.RecentSamples;

            /**
             * Creates a plain object from a RecentSamples message. Also converts values to other types if specified.
             * @param message RecentSamples
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: nnstream.v1.RecentSamples, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecentSamples to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecentSamples
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecentSamples {

            /** Properties of a RecentSamples. */
            interface $Properties {

                /** RecentSamples n */
                n?: (number|null);

                /** RecentSamples m */
                m?: (number|null);

                /** RecentSamples x */
                x?: (number[]|null);

                /** RecentSamples y */
                y?: (number[]|null);

                /** RecentSamples step */
                step?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecentSamples. */
            type $Shape = nnstream.v1.RecentSamples.$Properties;
        }
    }
}
